import { useMutation } from '@apollo/client/react';
import { canWithdraw, isEditable } from '@idea-exchange/stage-rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../components/govuk/button';
import { WarningText } from '../components/govuk/warning-text';
import { useAction } from '../forms/use-action';
import { WithdrawIdeaDocument, type IdeaStage } from '../generated/graphql';
import { useSession } from '../session/session-context';
import { useIdeaPageMessages } from './idea-page-messages';

/** Edit (while in BUZZ) and withdraw (until floated), for the idea's author. */
export function IdeaAuthorActions({ ideaId, stage, onChanged }: { ideaId: string; stage: IdeaStage; onChanged(): Promise<unknown> }) {
  const { t } = useTranslation('ideas', { keyPrefix: 'author' });
  const { slug } = useSession();
  const messages = useIdeaPageMessages();
  const withdrawal = useAction({ shared: messages });
  const [confirming, setConfirming] = useState(false);
  const [withdraw] = useMutation(WithdrawIdeaDocument);
  if (!isEditable(stage) && !canWithdraw(stage)) return null;

  const withdrawIdea = () =>
    withdrawal.run(async () => {
      await withdraw({ variables: { ideaId } });
      setConfirming(false);
      messages.confirm(t('withdrawn'));
      await onChanged();
    });

  return (
    <section aria-labelledby="author-actions-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-s" id="author-actions-heading">
        {t('heading')}
      </h2>
      {confirming ? (
        <>
          <WarningText>{t('withdrawWarning')}</WarningText>
          <div className="govuk-button-group">
            <Button variant="warning" type="button" onClick={() => void withdrawIdea()} aria-disabled={withdrawal.busy}>
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
