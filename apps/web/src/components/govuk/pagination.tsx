import { Link } from 'react-router-dom';
import { useGovukText } from './govuk-text';

export type PaginationItem = { kind: 'page'; number: number; to: string; current?: boolean } | { kind: 'ellipsis'; key: string };

interface PaginationProps {
  previous?: string;
  next?: string;
  /** Numbered pages, with ellipses for the gaps; leave out for "Previous" and "Next" alone. */
  items?: readonly PaginationItem[];
  /** The landmark's name; "Results pages" in the page's language when absent. */
  label?: string;
}

function Arrow({ direction }: { direction: 'prev' | 'next' }) {
  const path =
    direction === 'prev'
      ? 'M0 6.5 6.5 0l1.4 1.4-4.1 4.1H15v2H3.8l4.1 4.1L6.5 13z'
      : 'M15 6.5 8.5 0 7.1 1.4l4.1 4.1H0v2h11.2l-4.1 4.1L8.5 13z';
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      viewBox="0 0 15 13"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}

export function Pagination({ previous, next, items = [], label }: PaginationProps) {
  const { pagination } = useGovukText();
  return (
    <nav className={`govuk-pagination${items.length === 0 ? ' govuk-pagination--block' : ''}`} aria-label={label ?? pagination.label}>
      {previous && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={previous} rel="prev">
            <Arrow direction="prev" />
            <span className="govuk-pagination__link-title">{pagination.previous}</span>
          </Link>
        </div>
      )}
      {items.length > 0 && (
        <ul className="govuk-pagination__list">
          {items.map((item) =>
            item.kind === 'ellipsis' ? (
              <li className="govuk-pagination__item govuk-pagination__item--ellipses" key={item.key}>
                ⋯
              </li>
            ) : (
              <li className={`govuk-pagination__item${item.current ? ' govuk-pagination__item--current' : ''}`} key={item.number}>
                <Link
                  className="govuk-link govuk-pagination__link"
                  to={item.to}
                  aria-label={pagination.page(item.number)}
                  aria-current={item.current ? 'page' : undefined}
                >
                  {item.number}
                </Link>
              </li>
            ),
          )}
        </ul>
      )}
      {next && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={next} rel="next">
            {items.length === 0 && <Arrow direction="next" />}
            <span className="govuk-pagination__link-title">{pagination.next}</span>
            {items.length > 0 && <Arrow direction="next" />}
          </Link>
        </div>
      )}
    </nav>
  );
}
