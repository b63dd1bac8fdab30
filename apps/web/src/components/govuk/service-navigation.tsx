import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useGovukText } from './govuk-text';

interface ServiceNavigationProps {
  label: string;
  children: ReactNode;
  /**
   * The person's own links (their name, balance, sign out), in a row of their own above the
   * service's pages, so neither list wraps into the other as the service grows.
   */
  account?: { label: string; items: ReactNode };
}

export function ServiceNavigation({ label, children, account }: ServiceNavigationProps) {
  const { serviceInformation } = useGovukText();
  return (
    <section className="govuk-service-navigation" aria-label={serviceInformation}>
      <div className="govuk-width-container">
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
