import { useTranslation } from 'react-i18next';
import type { IdeaTimelineQuery } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { StageTag } from './stage-tag';
import { useStageReason } from './stage-reason';

type StageEvents = NonNullable<IdeaTimelineQuery['idea']>['stageEvents'];

/** Every stage change, oldest first: when, to which stage, why, and who moved it. */
export function StageTimeline({ events }: { events: StageEvents }) {
  const { t } = useTranslation('ideas', { keyPrefix: 'timeline' });
  const format = useFormat();
  const reasonOf = useStageReason();
  return (
    <section aria-labelledby="timeline-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="timeline-heading">
        {t('heading')}
      </h2>
      <ol className="app-timeline">
        {events.map((event) => (
          <li className="app-timeline__item" key={`${event.at}-${event.to}`}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              {event.from ? t('moved') : t('submitted')} <StageTag stage={event.to} />
            </h3>
            <p className="govuk-body-s govuk-!-margin-bottom-1 app-secondary-text">
              {event.actor ? t('atBy', { date: format.dateTime(event.at), actor: event.actor.displayName }) : format.dateTime(event.at)}
            </p>
            <p className="govuk-body-s">{reasonOf(event)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
