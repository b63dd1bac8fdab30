import { Link } from 'react-router-dom';
import { usePageTitle } from './page-title';

interface NotFoundPanelProps {
  title: string;
  detail: string;
  /** Where to look instead (the list the missing thing would be in), and the link's words. */
  browse: { to: string; text: string };
}

/** A page whose thing does not exist (or may not be shown): the same from outside either way. */
export function NotFoundPanel({ title, detail, browse }: NotFoundPanelProps) {
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{detail}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={browse.to}>
            {browse.text}
          </Link>
        </p>
      </div>
    </div>
  );
}
