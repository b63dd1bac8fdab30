import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { SummaryList } from '../components/govuk/summary-list';
import { Textarea } from '../components/govuk/textarea';
import { errorFor, type FormErrors } from '../forms/form-errors';
import { LikelyDuplicatesDocument, MergeIdeasDocument, type LikelyDuplicatesQuery } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { useSession } from '../session/session-context';

type Pair = LikelyDuplicatesQuery['likelyDuplicates'][number];

/**
 * Sends one card's action under the page's one error summary: the card's reason must be given,
 * and the API's complaints about the reason go beside that card's field. True when it worked.
 */
export type SendWithReason = (
  card: { reasonId: string; reason: string; missing: string },
  action: () => Promise<unknown>,
) => Promise<boolean>;

interface MergeQueueProps {
  errors: FormErrors;
  send: SendWithReason;
  onMerged(message: string): void;
}

function PairCard({
  pair,
  errors,
  send,
  onMerge,
}: {
  pair: Pair;
  errors: FormErrors;
  send: SendWithReason;
  onMerge(reason: string): Promise<void>;
}) {
  const { t } = useTranslation('moderation', { keyPrefix: 'mergeQueue' });
  const { slug } = useSession();
  const format = useFormat();
  const [reason, setReason] = useState('');
  const reasonId = `merge-reason-${pair.source.id}`;
  const headingId = `merge-${pair.source.id}-heading`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send({ reasonId, reason, missing: t('reasonMissing') }, () => onMerge(reason.trim()));
  };
  const described = (idea: Pair['source']) => (
    <>
      <Link className="govuk-link" to={`/${slug}/ideas/${idea.id}`}>
        {idea.title}
      </Link>
      <span className="govuk-hint govuk-!-margin-bottom-0">
        {t('supporters', { count: idea.supportCount, date: format.date(idea.createdAt) })}
      </span>
    </>
  );
  return (
    <section className="govuk-summary-card" aria-labelledby={headingId}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={headingId}>
          {t('pair', { source: pair.source.title, target: pair.target.title })}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: t('source'), value: described(pair.source) },
            { key: t('keeps'), value: described(pair.target) },
            { key: t('similarity'), value: t('percent', { value: Math.round(pair.score * 100) }) },
          ]}
        />
        <form noValidate onSubmit={submit}>
          <Textarea
            id={reasonId}
            label={t('reasonLabel')}
            hint={t('reasonHint')}
            error={errorFor(errors, reasonId)}
            value={reason}
            rows={2}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button variant="secondary">{t('submit', { target: pair.target.title })}</Button>
        </form>
      </div>
    </section>
  );
}

/** The moderation page's merge queue: likely duplicates among open ideas, each to merge with a reason. */
export function MergeQueue({ errors, send, onMerged }: MergeQueueProps) {
  const { t } = useTranslation('moderation', { keyPrefix: 'mergeQueue' });
  const { data, error, refetch } = useQuery(LikelyDuplicatesDocument, { fetchPolicy: 'cache-and-network' });
  const [merge] = useMutation(MergeIdeasDocument);

  const mergePair = (pair: Pair) => async (reason: string) => {
    await merge({ variables: { sourceId: pair.source.id, targetId: pair.target.id, reason } });
    onMerged(t('merged', { source: pair.source.title, target: pair.target.title }));
    await refetch();
  };

  return (
    <section aria-labelledby="merge-queue-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="merge-queue-heading">
        {t('heading')}
      </h2>
      <p className="govuk-body">{t('intro')}</p>
      <PageState data={data} error={error}>
        {({ likelyDuplicates: pairs }) =>
          pairs.length === 0 ? (
            <p className="govuk-body">{t('none')}</p>
          ) : (
            pairs.map((pair) => (
              <PairCard key={`${pair.source.id}:${pair.target.id}`} pair={pair} errors={errors} send={send} onMerge={mergePair(pair)} />
            ))
          )
        }
      </PageState>
    </section>
  );
}
