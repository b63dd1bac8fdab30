import { useEffect, useId, useState, type ReactNode } from 'react';
import { useWideScreen } from './use-wide-screen';
import { Link, useLocation } from 'react-router-dom';
import { useGovukText } from './govuk-text';

interface ServiceNavigationProps {
  label: string;
  children: ReactNode;
  /**
   * The person's own links (their name, balance, sign out), in a row of their own above the
   * service's pages, so neither list wraps into the other as the service grows.
   */
  account?: { label: string; items: ReactNode };
  /** The button that shows the links on a small screen, where they fold away behind it. */
  toggleText: string;
}

export function ServiceNavigation({ label, children, account, toggleText }: ServiceNavigationProps) {
  const { serviceInformation } = useGovukText();
  const wide = useWideScreen();
  const [open, setOpen] = useState(false);
  const linksId = useId();
  const { pathname } = useLocation();
  // Following a link closes the menu, so the page it opens is not hidden behind it.
  useEffect(() => setOpen(false), [pathname]);
  const folded = !wide && !open;
  return (
    <section className="govuk-service-navigation" aria-label={serviceInformation}>
      <div className="govuk-width-container">
        {!wide && (
          <button
            type="button"
            className="govuk-service-navigation__toggle app-service-navigation__toggle"
            aria-controls={linksId}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {toggleText}
          </button>
        )}
        <div id={linksId} hidden={folded}>
          {account && (
            <nav aria-label={account.label} className="app-account-navigation">
              <ul className="app-account-navigation__list">{account.items}</ul>
            </nav>
          )}
          <div className="govuk-service-navigation__container">
            <nav aria-label={label} className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">{children}</ul>
            </nav>
          </div>
        </div>
      </div>
    </section>
  );
}

export function ServiceNavigationLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <li className="govuk-service-navigation__item">
      <Link className="govuk-service-navigation__link" to={to}>
        {children}
      </Link>
    </li>
  );
}

export function ServiceNavigationText({ children }: { children: ReactNode }) {
  return <li className="govuk-service-navigation__item app-service-navigation__text">{children}</li>;
}

/** An action (such as signing out) that looks like the other navigation links. */
export function ServiceNavigationButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <li className="govuk-service-navigation__item">
      <button type="button" className="govuk-service-navigation__link app-link-button" onClick={onClick}>
        {children}
      </button>
    </li>
  );
}
