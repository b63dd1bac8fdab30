import { useMutation, useQuery } from '@apollo/client/react';
import { isEditable } from '@idea-exchange/stage-rules';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../components/govuk/back-link';
import { Details } from '../components/govuk/details';
import { EditIdeaDocument, IdeaForEditingDocument, type IdeaForEditingQuery } from '../generated/graphql';
import { MessagePanel } from '../page/message-panel';
import { PageState } from '../page/page-state';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { IdeaForm } from './idea-form';
import { parseTags } from './idea-form-values';
import { IdeaNotFound } from './idea-not-found';
import type { IdeaPageState } from './idea-page';
import { MarkdownHelp } from './markdown-help';

function CannotEdit({ ideaHref }: { ideaHref: string }) {
  const { t } = useTranslation('ideas', { keyPrefix: 'edit' });
  return <MessagePanel title={t('cannotEditTitle')} detail={t('cannotEdit')} link={{ to: ideaHref, text: t('backToIdea') }} />;
}

/** /:slug/ideas/:ideaId/edit: the author changes the idea while it is in BUZZ; the old words are kept. */
export function EditIdeaPage() {
  const { ideaId = '' } = useParams();
  const { t } = useTranslation('ideas', { keyPrefix: 'edit' });
  const { slug, signedIn } = useSession();
  const member = useCurrentMember();
  const navigate = useNavigate();
  const [editIdea] = useMutation(EditIdeaDocument);
  const { data, error } = useQuery(IdeaForEditingDocument, { variables: { id: ideaId }, skip: !signedIn });
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;

  const editing = (idea: NonNullable<IdeaForEditingQuery['idea']>, memberId: string) => {
    const ideaHref = `/${slug}/ideas/${idea.id}`;
    if (idea.author.id !== memberId || !isEditable(idea.stage)) return <CannotEdit ideaHref={ideaHref} />;
    return (
      <IdeaForm
        title={t('title')}
        before={<BackLink to={ideaHref} />}
        intro={
          <>
            <p className="govuk-body">{t('intro')}</p>
            {idea.challenge && <p className="govuk-body">{t('answers', { challenge: idea.challenge.title })}</p>}
            <Details summary={t('markdownSummary')}>
              <MarkdownHelp />
            </Details>
          </>
        }
        initial={{ title: idea.title, description: idea.description, tags: idea.tags.join(', '), challengeId: '' }}
        submitText={t('submit')}
        onSubmit={async (values) => {
          await editIdea({
            variables: {
              ideaId: idea.id,
              input: { title: values.title.trim(), description: values.description, tags: parseTags(values.tags) },
            },
          });
          const state: IdeaPageState = { confirmation: t('saved') };
          await navigate(ideaHref, { state });
        }}
      />
    );
  };
  return (
    <PageState
      data={data && member ? { idea: data.idea, memberId: member.id } : undefined}
      error={error}
      notFound={<IdeaNotFound />}
      isMissing={(loaded) => !loaded.idea}
    >
      {(loaded) => loaded.idea && editing(loaded.idea, loaded.memberId)}
    </PageState>
  );
}
