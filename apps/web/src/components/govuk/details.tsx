import type { ReactNode } from 'react';

/** A summary that opens to show more, for help that only some people need. */
export function Details({ summary, open = false, children }: { summary: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="govuk-details" open={open || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
