import { useQuery } from '@apollo/client/react';
import { acceptsEngagement } from '@idea-exchange/stage-rules';
import { Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../components/govuk/back-link';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { SummaryList } from '../components/govuk/summary-list';
import { WarningText } from '../components/govuk/warning-text';
import { useFormMessages } from '../forms/use-form-messages';
import { BuzzThresholdDocument, IdeaDetailsDocument, type IdeaDetailsQuery } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { CopyLinkButton } from './copy-link-button';
import { IdeaAuthorActions } from './idea-author-actions';
import { IdeaBuzz } from './idea-buzz';
import { IdeaDiscussion, IdeaTimeline } from './idea-below-fold';
import { FollowIdea } from './follow-idea';
import { IdeaEditHistory } from './idea-edit-history';
import { useIdeaSections } from './idea-extensions';
import { ModerateIdea, ReportIdea } from './idea-flags';
import { IdeaNotFound } from './idea-not-found';
import { IdeaPageMessagesContext } from './idea-page-messages';
import { SignInToSee } from '../session/sign-in-to-see';
import { HiddenTag, StageTag } from './stage-tag';
import './ideas.css';

type ShownIdea = NonNullable<IdeaDetailsQuery['idea']>;

/** Where the idea page was arrived at from, to confirm what was just done there. */
export interface IdeaPageState {
  confirmation?: string;
  /** Why the member landed here rather than where they were going (a merged idea's page). */
  notice?: string;
}

const confirmationFrom = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && typeof (state as IdeaPageState).confirmation === 'string'
    ? ((state as IdeaPageState).confirmation ?? null)
    : null;

const noticeFrom = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && typeof (state as IdeaPageState).notice === 'string'
    ? ((state as IdeaPageState).notice ?? null)
    : null;

/**
 * Leads from a merged idea to the one it was merged into, once. The target's loader fills the
 * cache this page also reads, so a <Navigate> here would start the navigation again on every
 * re-render and never arrive.
 */
function MergedRedirect({ to, state }: { to: string; state: IdeaPageState }) {
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void navigate(to, { replace: true, state });
  }, [navigate, to, state]);
  return null;
}

/**
 * /:slug/ideas/:ideaId: the idea led by its market (beside it at desktop width, under its title
 * on a phone), then its description, buzz, the other features' sections, discussion and timeline.
 */
export function IdeaPage() {
  const { ideaId = '' } = useParams();
  const { t } = useTranslation('ideas');
  const { t: tCommon } = useTranslation();
  const { slug, signedIn } = useSession();
  const location = useLocation();
  const member = useCurrentMember();
  const format = useFormat();
  const sections = useIdeaSections();
  const { data, error, refetch } = useQuery(IdeaDetailsDocument, { variables: { ideaId } });
  const threshold = useQuery(BuzzThresholdDocument).data?.tenant.settings.buzzThreshold;
  const messages = useFormMessages(() => confirmationFrom(location.state));
  const { errors, confirmation } = messages;
  const idea = data?.idea;
  usePageTitle(idea ? idea.title : data ? null : t('idea.loadingTitle'), { error: errors.length > 0 });
  const reload = useCallback(() => refetch(), [refetch]);

  const shown = (idea: ShownIdea) => {
    if (idea.mergedInto) {
      const state: IdeaPageState = { notice: t('finding.mergedNotice', { title: idea.title }) };
      return <MergedRedirect to={`/${slug}/ideas/${idea.mergedInto.id}`} state={state} />;
    }
    const notice = noticeFrom(location.state);

    const isAuthor = member?.id === idea.author.id;
    const moderator = member?.role === 'MODERATOR' || member?.role === 'ADMIN';
    const base = `/${slug}/ideas`;
    const sectionProps = { ideaId: idea.id, stage: idea.stage, authorId: idea.author.id };
    const lead = sections.filter((section) => section.place === 'lead');
    const rest = sections.filter((section) => section.place !== 'lead');

    return (
      <IdeaPageMessagesContext.Provider value={messages}>
        <BackLink to={base} text={t('idea.backToIdeas')} />
        <div className="app-idea-layout">
          <div className="app-idea-layout__head">
            <ErrorSummary errors={errors} />
            {confirmation && <NotificationBanner success heading={confirmation} />}
            {notice && !confirmation && <NotificationBanner heading={notice} />}
            {idea.hidden && <WarningText>{t('idea.hiddenWarning')}</WarningText>}
            <p className="govuk-body govuk-!-margin-bottom-2">
              <StageTag stage={idea.stage} /> {idea.hidden && <HiddenTag />}
            </p>
            <h1 className="govuk-heading-l">{idea.title}</h1>
            <SummaryList
              rows={[
                { key: t('idea.author'), value: idea.author.displayName },
                ...(idea.creditedAuthors.length > 0
                  ? [
                      {
                        key: t('finding.credited'),
                        value: (
                          <>
                            {idea.creditedAuthors.map((credited) => credited.displayName).join(', ')}
                            <span className="govuk-hint govuk-!-margin-bottom-0">{t('finding.creditedHint')}</span>
                          </>
                        ),
                      },
                    ]
                  : []),
                { key: t('idea.posted'), value: format.date(idea.createdAt) },
                ...(idea.challenge
                  ? [
                      {
                        key: t('idea.challenge'),
                        value: (
                          <Link className="govuk-link" to={`/${slug}/challenges/${idea.challenge.id}`}>
                            {idea.challenge.title}
                          </Link>
                        ),
                      },
                    ]
                  : []),
                {
                  key: t('idea.tags'),
                  value:
                    idea.tags.length > 0 ? (
                      <ul className="govuk-list app-inline-list">
                        {idea.tags.map((tag) => (
                          <li key={tag}>
                            <Link className="govuk-link" to={`${base}?tag=${encodeURIComponent(tag)}`}>
                              {tag}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t('idea.noTags')
                    ),
                },
                ...(idea.edits.length > 0
                  ? [
                      {
                        key: t('idea.lastEdited'),
                        value: (
                          <a className="govuk-link" href="#edit-history">
                            {t('idea.editedOn', { date: format.date(idea.updatedAt), count: idea.edits.length })}
                          </a>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <CopyLinkButton />
          </div>
          <div className="app-idea-layout__lead">
            <Suspense fallback={<p className="govuk-body">{tCommon('loading')}</p>}>
              {lead.map((section) => (
                <div key={section.key}>{section.render(sectionProps)}</div>
              ))}
            </Suspense>
          </div>
          <div className="app-idea-layout__body">
            <h2 className="govuk-heading-m">{t('idea.descriptionHeading')}</h2>
            {/* descriptionHtml is rendered from Markdown and sanitised by the API, which is its one guard. */}
            <div className="app-markdown govuk-!-margin-bottom-8" dangerouslySetInnerHTML={{ __html: idea.descriptionHtml }} />
            {isAuthor && <IdeaAuthorActions ideaId={idea.id} stage={idea.stage} onChanged={reload} />}
            <IdeaBuzz
              ideaId={idea.id}
              stage={idea.stage}
              supportCount={idea.supportCount}
              buzzScore={idea.buzzScore}
              supportedByMe={idea.supportedByMe}
              isAuthor={isAuthor}
              threshold={threshold}
              onChanged={reload}
            />
            <FollowIdea ideaId={idea.id} followedByMe={idea.followedByMe} followerCount={idea.followerCount} />
            <Suspense fallback={<p className="govuk-body">{tCommon('loading')}</p>}>
              {rest.map((section) => (
                <div key={section.key}>{section.render(sectionProps)}</div>
              ))}
            </Suspense>
            <IdeaDiscussion
              ideaId={idea.id}
              can={{ signedIn, memberId: member?.id, open: acceptsEngagement(idea.stage), moderator }}
              onChanged={reload}
            />
            <IdeaTimeline ideaId={idea.id} stage={idea.stage} />
            <IdeaEditHistory edits={idea.edits} />
            {moderator && <ModerateIdea ideaId={idea.id} hidden={idea.hidden} onChanged={reload} />}
            {signedIn && !isAuthor && <ReportIdea ideaId={idea.id} />}
          </div>
        </div>
      </IdeaPageMessagesContext.Provider>
    );
  };

  return (
    <PageState
      data={data}
      error={error}
      failed={t('loadFailed')}
      blocked={<SignInToSee title={t('idea.loadingTitle')} feature="ideas" />}
      notFound={<IdeaNotFound />}
      isMissing={(loaded) => !loaded.idea}
    >
      {(loaded) => loaded.idea && shown(loaded.idea)}
    </PageState>
  );
}
