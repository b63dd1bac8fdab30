import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { InsetText } from '../components/govuk/inset-text';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { SummaryList } from '../components/govuk/summary-list';
import { Tag } from '../components/govuk/tag';
import { Textarea } from '../components/govuk/textarea';
import { errorFor, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import {
  ModerationQueueDocument,
  ResolveReportByHidingDocument,
  ResolveReportByKeepingDocument,
  type ModerationQueueQuery,
} from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember, type CurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { MergeQueue, type SendWithReason } from './merge-queue';

type Report = ModerationQueueQuery['moderationQueue'][number];
type Decision = 'hide' | 'keep';

interface ReportCardProps {
  report: Report;
  errors: FormErrors;
  send: SendWithReason;
  onDecided(decision: Decision, reason: string): Promise<void>;
}

// Long ideas are cut short in the queue; the link shows the whole idea.
const EXCERPT = 400;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

function ReportCard({ report, errors, send, onDecided }: ReportCardProps) {
  const { t } = useTranslation('moderation');
  const { slug } = useSession();
  const format = useFormat();
  const [reason, setReason] = useState('');
  const reasonId = `reason-${report.id}`;
  const headingId = `report-${report.id}-heading`;
  const isComment = report.kind === 'COMMENT';
  const hidden = isComment ? report.comment?.hidden : report.idea?.hidden;
  const author = isComment ? report.comment?.author.displayName : report.idea?.author.displayName;

  const decide = (decision: Decision) => (event: FormEvent) => {
    event.preventDefault();
    void send({ reasonId, reason, missing: t('reasonMissing') }, () => onDecided(decision, reason.trim()));
  };

  return (
    <section className="govuk-summary-card" aria-labelledby={headingId}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={headingId}>
          {isComment
            ? t('commentReport', { idea: report.idea?.title ?? t('unknownIdea') })
            : t('ideaReport', { idea: report.idea?.title ?? t('unknownIdea') })}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: t('reason'), value: report.reason },
            { key: t('reportedBy'), value: report.reporter.displayName },
            { key: t('reportedOn'), value: format.dateTime(report.createdAt) },
            { key: isComment ? t('commentAuthor') : t('ideaAuthor'), value: author ?? t('unknown') },
            ...(hidden ? [{ key: t('visibility'), value: <Tag colour="red">{t('hiddenTag')}</Tag> }] : []),
          ]}
        />
        <h3 className="govuk-heading-s">{isComment ? t('reportedComment') : t('reportedIdea')}</h3>
        <InsetText>
          <p className="govuk-body" style={{ whiteSpace: 'pre-wrap' }}>
            {isComment ? (report.comment?.deleted ? t('deletedComment') : report.comment?.body) : excerpt(report.idea?.description ?? '')}
          </p>
        </InsetText>
        {report.idea && (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/${slug}/ideas/${report.idea.id}`}>
              {t('openIdea', { idea: report.idea.title })}
            </Link>
          </p>
        )}
        <form noValidate onSubmit={decide('hide')}>
          <Textarea
            id={reasonId}
            label={t('decisionReasonLabel')}
            hint={t('decisionReasonHint')}
            error={errorFor(errors, reasonId)}
            value={reason}
            rows={2}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="govuk-button-group">
            <Button variant="warning">{hidden ? t('keepHidden') : isComment ? t('hideComment') : t('hideIdea')}</Button>
            <Button variant="secondary" type="button" onClick={decide('keep')}>
              {hidden ? t('restore') : t('keepVisible')}
            </Button>
          </div>
        </form>
      </div>
    </section>
  );
}

function NotAllowed() {
  const { t } = useTranslation('moderation');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('notAllowed')}</p>
      </div>
    </div>
  );
}

const mayModerate = (member: CurrentMember) => member.role === 'MODERATOR' || member.role === 'ADMIN';

/** /:slug/moderation: open reports for moderators and admins, oldest first, each to hide or keep. */
export function ModerationPage() {
  const { t } = useTranslation('moderation');
  const { slug, signedIn } = useSession();
  const member = useCurrentMember();
  const allowed = member !== undefined && mayModerate(member);
  const { data, error, refetch } = useQuery(ModerationQueueDocument, { skip: !allowed, fetchPolicy: 'cache-and-network' });
  const [hide] = useMutation(ResolveReportByHidingDocument);
  const [keep] = useMutation(ResolveReportByKeepingDocument);
  // One error summary for every card: each submission names its own card's reason field.
  const { errors, submit } = useForm();
  const [confirmation, setConfirmation] = useState<string | null>(null);
  usePageTitle(t('title'), { error: errors.length > 0 });
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;

  const send: SendWithReason = ({ reasonId, reason, missing }, action) =>
    submit(action, {
      fieldIds: { reason: reasonId },
      validate: () => (reason.trim() === '' ? [{ fieldId: reasonId, message: missing }] : NO_ERRORS),
    });

  const decided = (report: Report) => async (decision: Decision, reason: string) => {
    const variables = { kind: report.kind, targetId: report.targetId, reason };
    if (decision === 'hide') await hide({ variables });
    else await keep({ variables });
    const hidden = report.kind === 'COMMENT' ? report.comment?.hidden : report.idea?.hidden;
    setConfirmation(
      decision === 'hide' ? t(report.kind === 'COMMENT' ? 'hiddenComment' : 'hiddenIdea') : hidden ? t('restored') : t('kept'),
    );
    await refetch();
  };

  return (
    <PageState data={member} refused={<NotAllowed />} isRefused={(loaded) => !mayModerate(loaded)}>
      {() => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ErrorSummary errors={errors} />
            {/* A failure since the last decision replaces its banner; the next decision brings a new one. */}
            {confirmation && errors.length === 0 && <NotificationBanner success heading={confirmation} />}
            <h1 className="govuk-heading-l">{t('title')}</h1>
            <p className="govuk-body">{t('intro')}</p>
            <PageState data={data} error={error} failed={t('loadFailed')}>
              {({ moderationQueue: reports }) => (
                <>
                  <p className="govuk-body govuk-!-font-weight-bold">{t('count', { count: reports.length })}</p>
                  {reports.map((report) => (
                    <ReportCard key={report.id} report={report} errors={errors} send={send} onDecided={decided(report)} />
                  ))}
                </>
              )}
            </PageState>
            <MergeQueue errors={errors} send={send} onMerged={setConfirmation} />
          </div>
        </div>
      )}
    </PageState>
  );
}
