import type { ReactNode } from 'react';

export interface SummaryListRow {
  key: string;
  value: ReactNode;
}

export function SummaryList({ rows }: { rows: readonly SummaryListRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map(({ key, value }) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
