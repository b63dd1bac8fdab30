import type { ReactNode } from 'react';

export function Footer({ children }: { children: ReactNode }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">{children}</div>
        </div>
      </div>
    </footer>
  );
}
