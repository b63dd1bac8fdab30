import { useTranslation } from 'react-i18next';
import { InsetText } from '../components/govuk/inset-text';
import { Tag } from '../components/govuk/tag';
import { TaskList } from '../components/govuk/task-list';
import type { IdeaTeamQuery } from '../generated/graphql';
import { useFloatGapText } from './float-gap-text';

type FloatReadiness = NonNullable<IdeaTeamQuery['idea']>['floatReadiness'];

/** What the team still has to do before the lead can float the idea, in the page's language. */
export function FloatReadinessList({ readiness }: { readiness: FloatReadiness }) {
  const { t } = useTranslation('teams', { keyPrefix: 'readiness' });
  const gapText = useFloatGapText();
  return (
    <>
      <h3 className="govuk-heading-s">{t('heading')}</h3>
      {readiness.ready ? (
        <InsetText>{t('ready')}</InsetText>
      ) : (
        <>
          <p className="govuk-body">{t('intro')}</p>
          <TaskList
            items={readiness.gaps.map((gap, index) => ({
              id: `float-missing-${index + 1}`,
              name: gapText(gap, readiness.missing[index]),
              status: <Tag colour="blue">{t('toDo')}</Tag>,
            }))}
          />
        </>
      )}
    </>
  );
}
