import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Footer } from '../components/govuk/footer';
import { SkipLink } from '../components/govuk/skip-link';
import { LanguageSwitcher } from './language-switcher';

/** The GOV.UK page template: skip link, header, language switcher, one main landmark, footer. */
export function PageFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      {header}
      <div className="govuk-width-container">
        <LanguageSwitcher />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer>
        <Trans i18nKey="footer.about" components={{ productLink: <Link className="govuk-footer__link" to="/" /> }} />
      </Footer>
    </>
  );
}
