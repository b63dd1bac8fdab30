import { useMutation, useQuery } from '@apollo/client/react';
import { isAmount } from '@idea-exchange/money';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { DateInput, datePartId, type DateParts } from '../components/govuk/date-input';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Radios } from '../components/govuk/radios';
import { SummaryList } from '../components/govuk/summary-list';
import { TextInput } from '../components/govuk/text-input';
import type { FormErrors } from '../forms/form-errors';
import type { FormMessages } from '../forms/form-messages';
import { useForm } from '../forms/use-form';
import { useFormMessages } from '../forms/use-form-messages';
import {
  BuyOutcomeSharesDocument,
  IdeaOutcomeMarketsDocument,
  OpenOutcomeMarketDocument,
  type IdeaStage,
  type OutcomeMarketFactsFragment,
} from '../generated/graphql';
import { formatAmountNumber } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
import { InstanceContext } from '../instance/instance-context';
import { useCurrentMember } from '../session/current-member';
import { closingMoment } from './outcome-market-dates';

interface BuyValues {
  outcome: 'YES' | 'NO' | null;
  spend: string;
}

function BuyForm({ ideaId, market, messages }: { ideaId: string; market: OutcomeMarketFactsFragment; messages: FormMessages }) {
  const { t } = useTranslation('outcomeMarkets');
  const format = useFormat();
  const currency = useContext(InstanceContext)?.currencyName ?? '';
  const [buy] = useMutation(BuyOutcomeSharesDocument);
  const ids = { outcome: `outcome-${market.id}`, spend: `spend-${market.id}` };
  const form = useForm<BuyValues>({
    initial: { outcome: null, spend: '' },
    fieldIds: { spend: ids.spend, outcome: ids.outcome },
    validate: ({ outcome, spend }): FormErrors => [
      ...(outcome ? [] : [{ fieldId: ids.outcome, message: t('outcomeMissing') }]),
      ...(isAmount(spend) && Number(spend) > 0 ? [] : [{ fieldId: ids.spend, message: t('spendInvalid') }]),
    ],
    shared: messages,
  });
  const { outcome, spend } = form.values;

  const submit = form.onSubmit(async () => {
    // validate() has refused a missing outcome.
    if (!outcome) return;
    const { data } = await buy({
      variables: { input: { ideaId, marketId: market.id, outcome, spend: spend.trim(), idempotencyKey: crypto.randomUUID() } },
      refetchQueries: [IdeaOutcomeMarketsDocument],
    });
    if (data) messages.confirm(t('bought', { shares: data.buyShares.shares, cost: format.amount(data.buyShares.cost) }));
    form.setValue('spend', '');
  });

  return (
    <form noValidate onSubmit={submit}>
      <Radios
        id={ids.outcome}
        legend={t('buyLegend')}
        legendSize="s"
        error={form.errorFor(ids.outcome)}
        value={outcome}
        onChange={(value) => form.setValue('outcome', value === 'YES' ? 'YES' : 'NO')}
        items={[
          { value: 'YES', text: t('outcomeYes') },
          { value: 'NO', text: t('outcomeNo') },
        ]}
      />
      <TextInput
        id={ids.spend}
        label={t('spendLabel')}
        hint={t('spendHint', { currency })}
        error={form.errorFor(ids.spend)}
        value={spend}
        inputMode="decimal"
        widthClass="govuk-input--width-10"
        onChange={(event) => form.setValue('spend', event.target.value)}
      />
      <Button variant="secondary" aria-disabled={form.busy}>
        {t('buy')}
      </Button>
    </form>
  );
}

const OPEN_IDS = { target: 'outcome-target', closesAt: datePartId('outcome-closes', 'day') };

function OpenForm({ ideaId, messages }: { ideaId: string; messages: FormMessages }) {
  const { t } = useTranslation('outcomeMarkets');
  const currency = useContext(InstanceContext)?.currencyName ?? '';
  const [open] = useMutation(OpenOutcomeMarketDocument);
  const form = useForm<{ target: string; closes: DateParts }>({
    initial: { target: '', closes: { day: '', month: '', year: '' } },
    fieldIds: OPEN_IDS,
    validate: ({ target, closes }): FormErrors => [
      ...(isAmount(target) && Number(target) > 0 ? [] : [{ fieldId: OPEN_IDS.target, message: t('targetInvalid') }]),
      ...(closingMoment(closes) ? [] : [{ fieldId: OPEN_IDS.closesAt, message: t('closesInvalid') }]),
    ],
    shared: messages,
  });
  const { target, closes } = form.values;

  const submit = form.onSubmit(async () => {
    const closesAt = closingMoment(closes);
    // validate() has refused a date that is not one.
    if (!closesAt) return;
    const { data } = await open({
      variables: { input: { ideaId, target: target.trim(), closesAt: closesAt.toISOString() } },
      refetchQueries: [IdeaOutcomeMarketsDocument],
    });
    if (data) messages.confirm(t('opened', { question: data.openOutcomeMarket.question }));
    form.setValue('target', '');
  });

  return (
    <form noValidate onSubmit={submit}>
      <h3 className="govuk-heading-s">{t('openHeading')}</h3>
      <p className="govuk-body">{t('openIntro')}</p>
      <TextInput
        id={OPEN_IDS.target}
        label={t('targetLabel')}
        hint={t('targetHint', { currency })}
        error={form.errorFor(OPEN_IDS.target)}
        value={target}
        inputMode="decimal"
        widthClass="govuk-input--width-10"
        onChange={(event) => form.setValue('target', event.target.value)}
      />
      <DateInput
        id="outcome-closes"
        legend={t('closesLegend')}
        legendSize="s"
        hint={t('closesHint')}
        error={form.errorFor(OPEN_IDS.closesAt)}
        value={closes}
        onChange={(parts) => form.setValue('closes', parts)}
      />
      <Button aria-disabled={form.busy}>{t('open')}</Button>
    </form>
  );
}

/** What each holder of a resolved outcome market held and was paid. */
function OutcomePayouts({ payouts }: { payouts: OutcomeMarketFactsFragment['payouts'] }) {
  const { t } = useTranslation('outcomeMarkets');
  const { t: tMarket } = useTranslation('market');
  const format = useFormat();
  return (
    <>
      <h4 className="govuk-heading-s">{t('payoutsHeading')}</h4>
      {payouts.length === 0 ? (
        <p className="govuk-body">{t('nobodyHeld')}</p>
      ) : (
        <ul className="govuk-list" data-testid="outcome-payouts">
          {payouts.map((payout) => (
            <li key={`${payout.member.id}-${payout.outcome}`}>
              {t('payout', {
                name: payout.member.displayName,
                shares: formatAmountNumber(payout.shares),
                outcome: tMarket(`outcomeName.${payout.outcome}`),
                paid: format.amount(payout.paid),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** On an implemented idea's page: its outcome markets, to trade, and for the board to open. */
export function OutcomeMarketsSection({ ideaId, stage }: { ideaId: string; stage: IdeaStage }) {
  const { t } = useTranslation('outcomeMarkets');
  const format = useFormat();
  const member = useCurrentMember();
  const messages = useFormMessages();
  const { errors, confirmation } = messages;
  const { data } = useQuery(IdeaOutcomeMarketsDocument, { variables: { ideaId }, skip: stage !== 'IMPLEMENTED' });
  if (stage !== 'IMPLEMENTED' || !data?.idea) return null;
  // Board members and admins decide or run the instance, so they do not trade.
  const trades = member !== null && member !== undefined && member.role !== 'BOARD' && member.role !== 'ADMIN';
  const markets = data.idea.outcomeMarkets;

  return (
    <section aria-labelledby="outcome-markets-heading" className="govuk-grid-row govuk-!-margin-bottom-8">
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-l" id="outcome-markets-heading">
          {t('heading')}
        </h2>
        <ErrorSummary errors={errors} />
        {confirmation && <NotificationBanner success heading={confirmation} />}
        <p className="govuk-body">{t('intro')}</p>
        {markets.length === 0 && <p className="govuk-body">{t('none')}</p>}
        {markets.map((market) => (
          <section key={market.id} className="govuk-summary-card" aria-labelledby={`outcome-${market.id}-heading`}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title" id={`outcome-${market.id}-heading`}>
                {market.question}
              </h3>
            </div>
            <div className="govuk-summary-card__content">
              <SummaryList
                rows={[
                  {
                    key: t(market.open ? 'chance' : 'chanceAtResolution'),
                    value: t('percent', { value: Math.round(market.priceYes * 100) }),
                  },
                  {
                    key: t('status'),
                    value: market.open
                      ? t('openUntil', { date: market.closesAt ? format.date(market.closesAt) : '' })
                      : t('resolved', { outcome: market.resolution ?? '' }),
                  },
                  ...(market.target ? [{ key: t('target'), value: format.amount(market.target) }] : []),
                  { key: t('tradesLabel'), value: t('trades', { count: market.tradeCount }) },
                ]}
              />
              {market.open && trades && <BuyForm ideaId={ideaId} market={market} messages={messages} />}
              {!market.open && <OutcomePayouts payouts={market.payouts} />}
            </div>
          </section>
        ))}
        {member?.role === 'BOARD' && <OpenForm ideaId={ideaId} messages={messages} />}
      </div>
    </section>
  );
}
