import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Details } from '../components/govuk/details';
import { HideContentDocument, ReportContentDocument, RestoreContentDocument } from '../generated/graphql';
import { useIdeaPageMessages } from './idea-page-messages';
import { TextActionForm } from './text-action-form';

/** Any member but the author may report the idea to the moderators, with a reason. */
export function ReportIdea({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation('ideas', { keyPrefix: 'flags' });
  const { confirm } = useIdeaPageMessages();
  const [report] = useMutation(ReportContentDocument);
  return (
    <Details summary={t('reportSummary')}>
      <TextActionForm
        id="report-idea"
        label={t('reportLabel')}
        hint={t('reportHint')}
        apiField="reason"
        missing={t('reasonMissing')}
        submitText={t('sendReport')}
        onSubmit={async (reason) => {
          await report({ variables: { input: { kind: 'IDEA', targetId: ideaId, reason } } });
          confirm(t('reported'));
        }}
      />
    </Details>
  );
}

/** Moderators and admins hide the idea from everyone else, or show it again, with a reason. */
export function ModerateIdea({ ideaId, hidden, onChanged }: { ideaId: string; hidden: boolean; onChanged(): Promise<unknown> }) {
  const { t } = useTranslation('ideas', { keyPrefix: 'flags' });
  const { confirm } = useIdeaPageMessages();
  const [hide] = useMutation(HideContentDocument);
  const [restore] = useMutation(RestoreContentDocument);
  return (
    <section aria-labelledby="moderate-idea-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="moderate-idea-heading">
        {t('moderationHeading')}
      </h2>
      <TextActionForm
        id="moderate-idea"
        label={hidden ? t('restoreLabel') : t('hideLabel')}
        hint={hidden ? t('restoreHint') : t('hideHint')}
        apiField="reason"
        missing={t('reasonMissing')}
        submitText={hidden ? t('restore') : t('hide')}
        submitVariant={hidden ? 'primary' : 'warning'}
        rows={3}
        onSubmit={async (reason) => {
          const variables = { kind: 'IDEA' as const, targetId: ideaId, reason };
          if (hidden) await restore({ variables });
          else await hide({ variables });
          confirm(hidden ? t('restored') : t('hidden'));
          await onChanged();
        }}
      />
    </section>
  );
}
