import { Link } from 'react-router-dom';
import { useGovukText } from './govuk-text';

/** Placed before the main content; says "Back" in the page's language unless given other words. */
export function BackLink({ to, text }: { to: string; text?: string }) {
  const { back } = useGovukText();
  return (
    <Link to={to} className="govuk-back-link">
      {text ?? back}
    </Link>
  );
}
