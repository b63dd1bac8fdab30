import type { ReactNode } from 'react';

/** Sets apart a quotation, example or note from the text around it. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}
