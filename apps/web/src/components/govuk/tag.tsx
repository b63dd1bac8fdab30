import type { ReactNode } from 'react';

/** GOV.UK's tag colours; the default (no colour) is dark blue. */
export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** A short status, such as an idea's stage. Its words carry the meaning; the colour only helps. */
export function Tag({ colour, children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={colour ? `govuk-tag govuk-tag--${colour}` : 'govuk-tag'}>{children}</strong>;
}
