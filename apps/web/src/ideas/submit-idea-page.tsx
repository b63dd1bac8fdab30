import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { BackLink } from '../components/govuk/back-link';
import { Details } from '../components/govuk/details';
import { IdeaChallengeChoicesDocument, SubmitIdeaDocument, type IdeaChallengeChoicesQuery } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { useSession } from '../session/session-context';
import { IdeaForm } from './idea-form';
import { parseTags } from './idea-form-values';
import type { IdeaPageState } from './idea-page';
import { MarkdownHelp } from './markdown-help';
import { SimilarIdeas } from './similar-ideas';

/** /:slug/ideas/new: post an idea, answering a challenge if one is open (?challenge=). */
export function SubmitIdeaPage() {
  const { t } = useTranslation('ideas', { keyPrefix: 'submit' });
  const { slug, signedIn } = useSession();
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const [submitIdea] = useMutation(SubmitIdeaDocument);
  const { data, error } = useQuery(IdeaChallengeChoicesDocument, { skip: !signedIn });
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;

  const posting = (choices: IdeaChallengeChoicesQuery) => {
    const open = choices.challenges.filter((challenge) => challenge.open);
    const asked = query.get('challenge') ?? '';
    const challengeId = open.some((challenge) => challenge.id === asked) ? asked : '';
    return (
      <IdeaForm
        title={t('title')}
        before={<BackLink to={`/${slug}/ideas`} />}
        intro={
          <>
            <p className="govuk-body">{t('intro')}</p>
            <Details summary={t('markdownSummary')}>
              <MarkdownHelp />
            </Details>
          </>
        }
        initial={{ title: '', description: '', tags: '', challengeId }}
        afterTitle={(values, errorsShown) => (
          <SimilarIdeas title={values.title} description={values.description} errorsShown={errorsShown} />
        )}
        challengeOptions={open.map((challenge) => ({ value: challenge.id, text: challenge.title }))}
        submitText={t('submit')}
        onSubmit={async (values) => {
          const { data: posted } = await submitIdea({
            variables: {
              input: {
                title: values.title.trim(),
                description: values.description,
                tags: parseTags(values.tags),
                challengeId: values.challengeId || null,
              },
            },
          });
          if (!posted) throw new Error('submitIdea returned no data');
          const state: IdeaPageState = { confirmation: t('posted') };
          await navigate(`/${slug}/ideas/${posted.submitIdea.id}`, { state });
        }}
      />
    );
  };
  return (
    <PageState data={data} error={error}>
      {posting}
    </PageState>
  );
}
