import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Footer } from '../components/govuk/footer';
import { SkipLink } from '../components/govuk/skip-link';

/** The GOV.UK page template: skip link, header, one main landmark, footer. */
export function PageFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      {header}
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer>
        <Link className="govuk-footer__link" to="/">
          Idea Exchange
        </Link>
        : colleagues share ideas, support the best ones and back them in a market.
      </Footer>
    </>
  );
}
