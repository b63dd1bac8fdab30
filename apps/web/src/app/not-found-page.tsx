import { Link } from 'react-router-dom';
import { usePageTitle } from '../page/page-title';

/** GOV.UK's "Page not found", also shown for an instance short name that does not exist. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          If you are looking for your organisation’s instance, check its short name on the{' '}
          <Link className="govuk-link" to="/">
            Idea Exchange start page
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
