import type { MouseEvent } from 'react';
import { useGovukText } from './govuk-text';

/** Moves focus into the main content itself; a bare #fragment link would only scroll there. */
export function SkipLink({ targetId = 'main-content' }: { targetId?: string }) {
  const { skipLink } = useGovukText();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.setAttribute('tabindex', '-1');
    target.focus();
  };
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={skip}>
      {skipLink}
    </a>
  );
}
