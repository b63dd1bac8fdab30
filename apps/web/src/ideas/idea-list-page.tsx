import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, ButtonLink } from '../components/govuk/button';
import { useWideScreen } from '../components/govuk/use-wide-screen';
import { Pagination } from '../components/govuk/pagination';
import { Select } from '../components/govuk/select';
import { TextInput } from '../components/govuk/text-input';
import { IdeaChallengeChoicesDocument, IdeaListDocument, type IdeaSort } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { IdeaSummaryList } from './idea-summary-list';
import {
  IDEA_SORTS,
  IDEA_STAGES,
  IDEAS_PER_PAGE,
  ideaListQuery,
  nextPage,
  pageNumberOf,
  previousPage,
  readIdeaListParams,
  withFilters,
  type IdeaListParams,
} from './idea-list-params';
import { SignInToSee } from '../session/sign-in-to-see';
import { isUnauthenticated } from '../session/unauthenticated';
import './ideas.css';

interface FilterDraft {
  search: string;
  stage: string;
  tag: string;
  challengeId: string;
  sort: IdeaSort;
}

const draftOf = (params: IdeaListParams): FilterDraft => ({
  search: params.search,
  stage: params.stage ?? '',
  tag: params.tag,
  challengeId: params.challengeId,
  sort: params.sort,
});

/** /:slug/ideas: every idea the member may see, searched, filtered and sorted, a page at a time. */
export function IdeaListPage() {
  const { t } = useTranslation('ideas', { keyPrefix: 'list' });
  const { t: tIdeas } = useTranslation('ideas');
  const { slug, signedIn } = useSession();
  const [query, setQuery] = useSearchParams();
  const params = readIdeaListParams(query);
  const [draft, setDraft] = useState(() => draftOf(params));
  const queryText = query.toString();
  // The address changes with the back button too: the form follows it.
  useEffect(() => setDraft(draftOf(readIdeaListParams(new URLSearchParams(queryText)))), [queryText]);

  const { data, previousData, error, loading } = useQuery(IdeaListDocument, {
    variables: {
      search: params.search || null,
      stage: params.stage,
      tag: params.tag || null,
      challengeId: params.challengeId || null,
      sort: params.sort,
      first: IDEAS_PER_PAGE,
      after: params.after,
    },
  });
  const challenges = useQuery(IdeaChallengeChoicesDocument, { skip: Boolean(error) });
  usePageTitle(t('title'));

  const base = `/${slug}/ideas`;
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = withFilters(params, {
      search: draft.search.trim(),
      stage: IDEA_STAGES.find((stage) => stage === draft.stage) ?? null,
      tag: draft.tag.trim(),
      challengeId: draft.challengeId,
      sort: draft.sort,
    });
    setQuery(ideaListQuery(next).slice(1));
  };

  const wide = useWideScreen();
  if (error && isUnauthenticated(error) && !signedIn) {
    return <SignInToSee title={t('title')} feature="ideas" />;
  }

  const shown = data ?? previousData;
  const connection = shown?.ideas;
  const previous = previousPage(params);
  const pageNumber = pageNumberOf(params);
  const firstShown = (pageNumber - 1) * IDEAS_PER_PAGE + 1;
  const filtered = Boolean(params.search || params.stage || params.tag || params.challengeId);

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('title')}</h1>
          <p className="govuk-body">{t('intro')}</p>
        </div>
        {signedIn && (
          <div className="govuk-grid-column-one-third app-align-right">
            <ButtonLink to={`${base}/new`}>{t('postIdea')}</ButtonLink>
          </div>
        )}
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          {/* On a phone the filters fold away, so the first idea is in view; they stay open while filtering. */}
          <details className="govuk-details app-filters" open={wide || filtered || undefined}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{t('filtersHeading')}</span>
            </summary>
            <div className="govuk-details__text">
              <form role="search" aria-label={t('filtersLabel')} onSubmit={apply} noValidate>
                <h2 className="govuk-heading-m app-filters__heading">{t('filtersHeading')}</h2>
                <TextInput
                  id="search"
                  label={t('searchLabel')}
                  hint={t('searchHint')}
                  type="search"
                  value={draft.search}
                  onChange={(event) => setDraft({ ...draft, search: event.target.value })}
                />
                <Select
                  id="stage"
                  label={t('stageLabel')}
                  value={draft.stage}
                  onChange={(event) => setDraft({ ...draft, stage: event.target.value })}
                  options={[
                    { value: '', text: t('anyStage') },
                    ...IDEA_STAGES.map((stage) => ({ value: stage, text: tIdeas(`stages.${stage}`) })),
                  ]}
                />
                <TextInput
                  id="tag"
                  label={t('tagLabel')}
                  value={draft.tag}
                  onChange={(event) => setDraft({ ...draft, tag: event.target.value })}
                  widthClass="govuk-!-width-full"
                />
                <Select
                  id="challenge"
                  label={t('challengeLabel')}
                  value={draft.challengeId}
                  onChange={(event) => setDraft({ ...draft, challengeId: event.target.value })}
                  options={[
                    { value: '', text: t('anyChallenge') },
                    ...(challenges.data?.challenges ?? []).map((challenge) => ({ value: challenge.id, text: challenge.title })),
                  ]}
                />
                <Select
                  id="sort"
                  label={t('sortLabel')}
                  value={draft.sort}
                  onChange={(event) => setDraft({ ...draft, sort: IDEA_SORTS.find((sort) => sort === event.target.value) ?? 'NEWEST' })}
                  options={IDEA_SORTS.map((sort) => ({ value: sort, text: t(`sorts.${sort}`) }))}
                />
                <Button>{t('apply')}</Button>
                {filtered && (
                  <p className="govuk-body">
                    <Link className="govuk-link" to={base}>
                      {t('clearFilters')}
                    </Link>
                  </p>
                )}
              </form>
            </div>
          </details>
        </div>
        <div className="govuk-grid-column-two-thirds">
          <div aria-live="polite" aria-busy={loading}>
            <PageState data={connection} error={error} failed={tIdeas('loadFailed')}>
              {(shownPage) => (
                <h2 className="govuk-heading-m">
                  {t('count', { count: shownPage.totalCount })}
                  {shownPage.totalCount > 0 && pageNumber > 1 && (
                    <span className="govuk-caption-m">
                      {t('showing', { from: firstShown, to: firstShown + shownPage.edges.length - 1, total: shownPage.totalCount })}
                    </span>
                  )}
                </h2>
              )}
            </PageState>
          </div>
          {connection && connection.totalCount === 0 && (
            <p className="govuk-body">{filtered ? t('noneMatching') : signedIn ? t('noneYet') : t('noneYetAnonymous')}</p>
          )}
          {connection && <IdeaSummaryList ideas={connection.edges.map((edge) => edge.node)} />}
          {connection && (previous || connection.pageInfo.hasNextPage) && (
            <Pagination
              previous={previous ? `${base}${ideaListQuery(previous)}` : undefined}
              next={
                connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
                  ? `${base}${ideaListQuery(nextPage(params, connection.pageInfo.endCursor))}`
                  : undefined
              }
            />
          )}
        </div>
      </div>
    </>
  );
}
