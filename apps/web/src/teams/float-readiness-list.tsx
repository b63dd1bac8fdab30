import { useTranslation } from 'react-i18next';
import { InsetText } from '../components/govuk/inset-text';
import { Tag } from '../components/govuk/tag';
import { TaskList } from '../components/govuk/task-list';
import type { IdeaTeamQuery } from '../generated/graphql';

type FloatReadiness = NonNullable<IdeaTeamQuery['idea']>['floatReadiness'];

/** What the team still has to do before the lead can float the idea, as the API words it. */
export function FloatReadinessList({ readiness }: { readiness: FloatReadiness }) {
  const { t } = useTranslation('teams', { keyPrefix: 'readiness' });
  return (
    <>
      <h3 className="govuk-heading-s">{t('heading')}</h3>
      {readiness.ready ? (
        <InsetText>{t('ready')}</InsetText>
      ) : (
        <>
          <p className="govuk-body">{t('intro')}</p>
          <TaskList
            items={readiness.missing.map((missing, index) => ({
              id: `float-missing-${index + 1}`,
              name: missing.charAt(0).toUpperCase() + missing.slice(1),
              status: <Tag colour="blue">{t('toDo')}</Tag>,
            }))}
          />
        </>
      )}
    </>
  );
}
