import { useMutation, useQuery } from '@apollo/client/react';
import { acceptsEngagement } from '@idea-exchange/stage-rules';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import type { ErrorsShown } from '../forms/form-messages';
import { useAction } from '../forms/use-action';
import { SimilarIdeasDocument, SupportIdeaDocument } from '../generated/graphql';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import type { IdeaPageState } from './idea-page';
import { StageTag } from './stage-tag';

/** Ask only once typing pauses, and only for a title long enough to say something. */
const PAUSE_MS = 400;
const MIN_TITLE = 5;

interface SimilarIdeasProps {
  title: string;
  description: string;
  /** The form's error summary, which shows a failed "support this instead". */
  errorsShown: ErrorsShown;
}

/** Existing ideas like the one being typed, each to support instead of posting the same idea twice. */
export function SimilarIdeas({ title, description, errorsShown }: SimilarIdeasProps) {
  const { t } = useTranslation('ideas', { keyPrefix: 'finding' });
  const { slug } = useSession();
  const member = useCurrentMember();
  const navigate = useNavigate();
  const [typed, setTyped] = useState({ title: '', description: '' });
  useEffect(() => {
    const timer = window.setTimeout(() => setTyped({ title: title.trim(), description: description.slice(0, 2000) }), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [title, description]);
  const asking = typed.title.length >= MIN_TITLE;
  const { data, previousData } = useQuery(SimilarIdeasDocument, {
    variables: { title: typed.title, description: typed.description || null },
    skip: !asking,
  });
  const [support] = useMutation(SupportIdeaDocument);
  const supporting = useAction({ shared: errorsShown });
  const matches = asking ? (data ?? previousData)?.similarIdeas : undefined;

  const supportInstead = (ideaId: string) =>
    supporting.run(async () => {
      await support({ variables: { ideaId } });
      const state: IdeaPageState = { confirmation: t('supportedInstead') };
      await navigate(`/${slug}/ideas/${ideaId}`, { state });
    });

  return (
    <div aria-live="polite" className="govuk-!-margin-bottom-6">
      {matches && matches.length > 0 && (
        <section aria-labelledby="similar-ideas-heading" className="app-similar-ideas">
          <h2 className="govuk-heading-s" id="similar-ideas-heading">
            {t('similarHeading')}
          </h2>
          <p className="govuk-body-s">{t('similarIntro')}</p>
          <ul className="govuk-list">
            {matches.map(({ idea }) => (
              <li key={idea.id} className="app-similar-ideas__item">
                <Link className="govuk-link" to={`/${slug}/ideas/${idea.id}`}>
                  {idea.title}
                </Link>{' '}
                <StageTag stage={idea.stage} />
                <span className="govuk-body-s govuk-!-display-block">{t('similarSupporters', { count: idea.supportCount })}</span>
                {acceptsEngagement(idea.stage) &&
                  idea.author.id !== member?.id &&
                  (idea.supportedByMe ? (
                    <span className="govuk-body-s">{t('alreadySupported')}</span>
                  ) : (
                    <Button
                      variant="secondary"
                      type="button"
                      className="govuk-!-margin-bottom-0"
                      aria-disabled={supporting.busy}
                      onClick={() => void supportInstead(idea.id)}
                    >
                      {t('supportInstead')}
                      <span className="govuk-visually-hidden">: {idea.title}</span>
                    </Button>
                  ))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
