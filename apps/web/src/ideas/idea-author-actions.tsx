import { useMutation } from '@apollo/client/react';
import { canWithdraw, isEditable } from '@idea-exchange/stage-rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../components/govuk/button';
import { WarningText } from '../components/govuk/warning-text';
import { useErrorWording } from '../forms/error-wording';
import { formErrorsFrom } from '../forms/form-errors';
import { WithdrawIdeaDocument, type IdeaStage } from '../generated/graphql';
import { useSession } from '../session/session-context';
import { useIdeaPageMessages } from './idea-page-messages';

/** Edit (while in BUZZ) and withdraw (until floated), for the idea's author. */
export function IdeaAuthorActions({ ideaId, stage, onChanged }: { ideaId: string; stage: IdeaStage; onChanged(): Promise<unknown> }) {
  const { t } = useTranslation('ideas', { keyPrefix: 'author' });
  const { slug } = useSession();
  const { showErrors, confirm } = useIdeaPageMessages();
  const wording = useErrorWording();
  const [confirming, setConfirming] = useState(false);
  const [withdraw, withdrawing] = useMutation(WithdrawIdeaDocument);
  if (!isEditable(stage) && !canWithdraw(stage)) return null;

  const withdrawIdea = async () => {
    if (withdrawing.loading) return;
    try {
      await withdraw({ variables: { ideaId } });
      setConfirming(false);
      confirm(t('withdrawn'));
      await onChanged();
    } catch (error) {
      showErrors(formErrorsFrom(error, {}, wording));
    }
  };

  return (
    <section aria-labelledby="author-actions-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-s" id="author-actions-heading">
        {t('heading')}
      </h2>
      {confirming ? (
        <>
          <WarningText>{t('withdrawWarning')}</WarningText>
          <div className="govuk-button-group">
            <Button variant="warning" type="button" onClick={() => void withdrawIdea()} aria-disabled={withdrawing.loading}>
              {t('confirmWithdraw')}
            </Button>
            <button type="button" className="govuk-link app-link-button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </>
      ) : (
        <div className="govuk-button-group">
          {isEditable(stage) && (
            <ButtonLink to={`/${slug}/ideas/${ideaId}/edit`} variant="secondary">
              {t('edit')}
            </ButtonLink>
          )}
          {canWithdraw(stage) && (
            <Button variant="secondary" type="button" onClick={() => setConfirming(true)}>
              {t('withdraw')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
