import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HomeIdeaFragment } from '../generated/graphql';
import { useSession } from '../session/session-context';

/** A short list of ideas on the home page: each title, stage and activity, linking to the idea. */
export function HomeIdeaList({ ideas, empty }: { ideas: readonly HomeIdeaFragment[]; empty: string }) {
  const { t } = useTranslation('home', { keyPrefix: 'member' });
  const { t: tIdeas } = useTranslation('ideas');
  const { slug } = useSession();
  if (ideas.length === 0) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-6">
      {ideas.map((idea) => (
        <li key={idea.id} className="govuk-!-margin-bottom-4">
          <Link className="govuk-link govuk-!-font-weight-bold" to={`/${slug}/ideas/${idea.id}`}>
            {idea.title}
          </Link>
          <br />
          <span className="govuk-body-s">
            {t('ideaFacts', {
              stage: tIdeas(`stages.${idea.stage}`),
              supporters: t('supporters', { count: idea.supportCount }),
              comments: t('comments', { count: idea.commentCount }),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
