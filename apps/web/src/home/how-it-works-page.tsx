import { useTranslation } from 'react-i18next';
import { InsetText } from '../components/govuk/inset-text';
import { useInstance } from '../instance/instance-context';
import { usePageTitle } from '../page/page-title';

const STAGES = ['BUZZ', 'TEAMING', 'INVESTMENT', 'DECIDED'] as const;

/** /:slug/how-it-works: stages, buzz, the currency, the market and the board, for a newcomer. */
export function HowItWorksPage() {
  const { t } = useTranslation('home', { keyPrefix: 'howItWorks' });
  const instance = useInstance();
  const currency = instance.currencyName;
  usePageTitle(t('title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body-l">{t('intro', { instance: instance.name })}</p>
        <h2 className="govuk-heading-m">{t('stagesHeading')}</h2>
        <ol className="govuk-list govuk-list--number">
          {STAGES.map((stage) => (
            <li key={stage}>{t(`stages.${stage}`)}</li>
          ))}
        </ol>
        <h2 className="govuk-heading-m">{t('buzzHeading')}</h2>
        <p className="govuk-body">{t('buzz')}</p>
        <h2 className="govuk-heading-m">{t('currencyHeading', { currency })}</h2>
        <p className="govuk-body">{t('currency', { currency })}</p>
        <h2 className="govuk-heading-m">{t('marketHeading')}</h2>
        <p className="govuk-body">{t('market', { currency })}</p>
        <InsetText>{t('marketExample', { currency })}</InsetText>
        <h2 className="govuk-heading-m">{t('boardHeading')}</h2>
        <p className="govuk-body">{t('board')}</p>
      </div>
    </div>
  );
}
