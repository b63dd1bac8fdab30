import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { IdeaSummaryFragment } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { useSession } from '../session/session-context';
import { ideaListQuery, readIdeaListParams, withFilters } from './idea-list-params';
import { HiddenTag, StageTag } from './stage-tag';

// The same figures as the market's own page (market-figures), without importing another feature.
const CHANCE = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** Ideas in a list: title, stage, who posted it and when, support, comments, a floated idea's chance and tags. */
export function IdeaSummaryList({ ideas }: { ideas: readonly IdeaSummaryFragment[] }) {
  const { t } = useTranslation('ideas', { keyPrefix: 'summary' });
  const format = useFormat();
  const { slug } = useSession();
  const [query] = useSearchParams();
  const base = `/${slug}/ideas`;
  const tagHref = (tag: string) => `${base}${ideaListQuery(withFilters(readIdeaListParams(query), { tag }))}`;
  if (ideas.length === 0) return null;
  return (
    <ul className="govuk-list app-idea-list">
      {ideas.map((idea) => (
        <li className="app-idea-list__item" key={idea.id}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            <Link className="govuk-link" to={`${base}/${idea.id}`}>
              {idea.title}
            </Link>
          </h3>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <StageTag stage={idea.stage} /> {idea.hidden && <HiddenTag />}{' '}
            {t('byline', { author: idea.author.displayName, date: format.date(idea.createdAt) })}
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            {t('supporters', { count: idea.supportCount })} · {t('comments', { count: idea.commentCount })}
          </p>
          {idea.market?.open && (
            <p className="govuk-body-s govuk-!-margin-bottom-1 govuk-!-font-weight-bold" data-testid="idea-chance">
              {t('chance', { chance: CHANCE.format(idea.market.priceYes) })}
            </p>
          )}
          {idea.tags.length > 0 && (
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              <span className="govuk-visually-hidden">{t('tags')} </span>
              {idea.tags.map((tag) => (
                <Link className="govuk-link app-idea-tag" to={tagHref(tag)} key={tag}>
                  {tag}
                </Link>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
