import type { ReactNode } from 'react';

/** The confirmation at the top of a page that ends a transaction ("Idea submitted"). */
export function Panel({ title, headingLevel = 1, children }: { title: string; headingLevel?: 1 | 2; children?: ReactNode }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <Heading className="govuk-panel__title">{title}</Heading>
      {children && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}
