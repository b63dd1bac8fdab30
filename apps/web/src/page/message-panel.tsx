import { Link } from 'react-router-dom';
import { usePageTitle } from './page-title';

interface MessagePanelProps {
  title: string;
  detail: string;
  /** Where to go instead (the list the missing thing would be in, the home page), and the link's words. */
  link: { to: string; text: string };
}

/**
 * A page that has only something to say: its thing does not exist (or may not be shown: the same
 * from outside either way), or it is not for this member. Its title, why, and where to go instead.
 */
export function MessagePanel({ title, detail, link }: MessagePanelProps) {
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{detail}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={link.to}>
            {link.text}
          </Link>
        </p>
      </div>
    </div>
  );
}
