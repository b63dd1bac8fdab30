import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Details } from '../components/govuk/details';
import { SummaryList } from '../components/govuk/summary-list';
import { Table } from '../components/govuk/table';
import { BusinessCaseVersionsDocument, type BusinessCaseFieldsFragment, type IdeaStage } from '../generated/graphql';
import { formatPounds } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { changedSections, isAmountSection, SECTION_ORDER, valuesOf, type Section } from './business-case-form';

/** A section's saved value as a reader sees it: amounts in pounds, text with its line breaks. */
function useSectionText() {
  const { t } = useTranslation('teams');
  return (saved: BusinessCaseFieldsFragment, section: Section) => {
    if (isAmountSection(section)) return formatPounds(saved[section]);
    const text = saved[section].trim();
    return text === '' ? t('case.emptySection') : <span style={{ whiteSpace: 'pre-line' }}>{text}</span>;
  };
}

function WhatChanged({ latest, previous }: { latest: BusinessCaseFieldsFragment; previous: BusinessCaseFieldsFragment }) {
  const { t } = useTranslation('teams', { keyPrefix: 'case' });
  const { t: tEditor } = useTranslation('teams', { keyPrefix: 'editor.fields' });
  const textOf = useSectionText();
  const changed = changedSections(valuesOf(previous), valuesOf(latest));
  return (
    <Details summary={t('changesSummary', { version: latest.version })}>
      {changed.length === 0 ? (
        <p className="govuk-body">{t('noChanges')}</p>
      ) : (
        <Table
          caption={t('changesCaption', { previous: previous.version })}
          captionSize="s"
          columns={[
            { header: t('section') },
            { header: t('before', { version: previous.version }) },
            { header: t('before', { version: latest.version }) },
          ]}
          firstCellIsHeader
          rows={changed.map((section) => ({
            key: section,
            cells: [tEditor(`${section}.label`), textOf(previous, section), textOf(latest, section)],
          }))}
        />
      )}
    </Details>
  );
}

/** The saved business case, read-only, for everyone; with what changed in the latest version. */
export function BusinessCaseSection({ ideaId, stage }: { ideaId: string; stage: IdeaStage }) {
  const { t } = useTranslation('teams');
  const format = useFormat();
  const textOf = useSectionText();
  const { data, error } = useQuery(BusinessCaseVersionsDocument, { variables: { ideaId } });
  if (stage === 'BUZZ' || stage === 'ARCHIVED') return null;
  return (
    <section className="govuk-!-margin-top-8" aria-labelledby="business-case-heading">
      <h2 className="govuk-heading-m" id="business-case-heading">
        {t('case.heading')}
      </h2>
      <PageState data={data?.idea?.businessCaseVersions} error={error}>
        {([latest, previous]) =>
          !latest ? (
            <p className="govuk-body">{t('case.none')}</p>
          ) : (
            <>
              <p className="govuk-body govuk-hint">
                {t('case.version', { version: latest.version, date: format.dateTime(latest.savedAt) })}
              </p>
              <SummaryList
                rows={SECTION_ORDER.map((section) => ({ key: t(`editor.fields.${section}.label`), value: textOf(latest, section) }))}
              />
              {previous && <WhatChanged latest={latest} previous={previous} />}
            </>
          )
        }
      </PageState>
    </section>
  );
}
