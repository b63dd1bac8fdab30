import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IdeaStage } from '../generated/graphql';
import { IdeaDecisionDocument } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { DecisionSummary } from './decision-summary';
import { ReviewsTable } from './reviews-table';

/** The idea page's decision section, for everyone once the board has decided: with the reviews behind it. */
export function DecisionSection({ ideaId, stage }: { ideaId: string; stage: IdeaStage }) {
  const { t } = useTranslation('board');
  const decided = stage === 'IMPLEMENTED' || stage === 'REJECTED';
  const { data, error } = useQuery(IdeaDecisionDocument, { variables: { ideaId }, skip: !decided, fetchPolicy: 'cache-and-network' });
  if (!decided) return null;
  return (
    <section className="govuk-!-margin-top-8" aria-labelledby="decision-section-heading">
      <h2 className="govuk-heading-m" id="decision-section-heading">
        {t('decision.heading')}
      </h2>
      <PageState data={data} error={error}>
        {({ idea }) =>
          idea && (
            <>
              {idea.decision && <DecisionSummary decision={idea.decision} />}
              <h3 className="govuk-heading-s">{t('reviews.heading')}</h3>
              {idea.reviews.length === 0 ? <p className="govuk-body">{t('reviews.none')}</p> : <ReviewsTable reviews={idea.reviews} />}
            </>
          )
        }
      </PageState>
    </section>
  );
}
