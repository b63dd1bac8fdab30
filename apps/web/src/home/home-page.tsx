import { useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../components/govuk/button';
import { InsetText } from '../components/govuk/inset-text';
import { SummaryList } from '../components/govuk/summary-list';
import { HomeIdeasDocument, type HomeIdeaFragment } from '../generated/graphql';
import { useInstance } from '../instance/instance-context';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { HomeIdeaList } from './home-idea-list';
import { LandingPage } from './landing-page';

// Enough to see what is going on; the idea list has the rest.
const MY_IDEAS_SHOWN = 5;
const TRENDING_SHOWN = 5;
const DECIDED: ReadonlySet<string> = new Set(['IMPLEMENTED', 'REJECTED', 'ARCHIVED']);

/** Trending means ideas one can still take part in: a decided idea's buzz is over. */
const stillOpen = (ideas: readonly HomeIdeaFragment[]) => ideas.filter((idea) => !DECIDED.has(idea.stage)).slice(0, TRENDING_SHOWN);

function MemberHome() {
  const { t } = useTranslation('home', { keyPrefix: 'member' });
  const { t: tCommon } = useTranslation();
  const { t: tHome } = useTranslation('home');
  const instance = useInstance();
  const member = useCurrentMember();
  const { slug } = useSession();
  const { data, error } = useQuery(HomeIdeasDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle(t('title'));
  const ideasHref = `/${slug}/ideas`;
  // The three lists come from one request: the first says when it failed, the others only show it.
  const ideas = { data, error, failed: t('ideasFailed') };
  return (
    <PageState data={member}>
      {(me) => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-l">{t('heading', { name: me.displayName })}</h1>
            <p className="govuk-body-l">{t('signedInTo', { instance: instance.name })}</p>
            <InsetText>
              <Trans
                t={tHome}
                i18nKey="howItWorks.newHere"
                components={{ howLink: <Link className="govuk-link" to={`/${slug}/how-it-works`} /> }}
              />
            </InsetText>
            <SummaryList
              rows={[
                { key: t('yourRole'), value: tCommon(`roles.${me.role}`) },
                { key: t('currency'), value: instance.currencyName },
              ]}
            />
            <h2 className="govuk-heading-m">{t('haveAnIdea')}</h2>
            <p className="govuk-body">{t('haveAnIdeaDetail')}</p>
            <ButtonLink to={`${ideasHref}/new`}>{t('postIdea')}</ButtonLink>
            <h2 className="govuk-heading-m">{t('trending')}</h2>
            <PageState {...ideas}>
              {({ trending }) => <HomeIdeaList ideas={stillOpen(trending.edges.map((edge) => edge.node))} empty={t('noTrending')} />}
            </PageState>
            <h2 className="govuk-heading-m">{t('recent')}</h2>
            <PageState {...ideas} quiet>
              {({ recent }) => (
                <>
                  <HomeIdeaList ideas={recent.edges.map((edge) => edge.node)} empty={t('noIdeas')} />
                  {recent.totalCount > 0 && (
                    <p className="govuk-body">
                      <Link className="govuk-link" to={ideasHref}>
                        {t('allIdeas', { count: recent.totalCount })}
                      </Link>
                    </p>
                  )}
                </>
              )}
            </PageState>
          </div>
          <div className="govuk-grid-column-one-third">
            <aside aria-labelledby="your-ideas-heading">
              <h2 className="govuk-heading-m" id="your-ideas-heading">
                {t('yourIdeas')}
              </h2>
              <PageState {...ideas} quiet>
                {({ me: { ideas: mine } }) => (
                  <>
                    <HomeIdeaList ideas={mine.slice(0, MY_IDEAS_SHOWN)} empty={t('noIdeasOfYours')} />
                    {mine.length > MY_IDEAS_SHOWN && (
                      <p className="govuk-body-s">{t('moreOfYours', { count: mine.length - MY_IDEAS_SHOWN })}</p>
                    )}
                  </>
                )}
              </PageState>
            </aside>
          </div>
        </div>
      )}
    </PageState>
  );
}

/** /:slug: the member's home page, or an invitation to sign in for everyone else. */
export function HomePage() {
  const { signedIn } = useSession();
  return signedIn ? <MemberHome /> : <LandingPage />;
}
