import { useMutation } from '@apollo/client/react';
import { acceptsEngagement } from '@idea-exchange/stage-rules';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { useAction } from '../forms/use-action';
import { SupportIdeaDocument, WithdrawSupportDocument, type IdeaStage } from '../generated/graphql';
import { useSession } from '../session/session-context';
import { useIdeaPageMessages } from './idea-page-messages';

interface IdeaBuzzProps {
  ideaId: string;
  stage: IdeaStage;
  supportCount: number;
  buzzScore: number;
  supportedByMe: boolean;
  isAuthor: boolean;
  /** The instance's buzz threshold; unknown while it loads. */
  threshold: number | undefined;
  onChanged(): Promise<unknown>;
}

/** How much support the idea has, how far it is from the threshold, and the support button. */
export function IdeaBuzz({ ideaId, stage, supportCount, buzzScore, supportedByMe, isAuthor, threshold, onChanged }: IdeaBuzzProps) {
  const { t } = useTranslation('ideas', { keyPrefix: 'buzz' });
  const { slug, signedIn } = useSession();
  const messages = useIdeaPageMessages();
  const { busy, run } = useAction({ shared: messages });
  const [support] = useMutation(SupportIdeaDocument);
  const [withdraw] = useMutation(WithdrawSupportDocument);

  const toggle = () =>
    run(async () => {
      if (supportedByMe) {
        await withdraw({ variables: { ideaId } });
        messages.confirm(t('withdrawn'));
      } else {
        const { data } = await support({ variables: { ideaId } });
        messages.confirm(data?.supportIdea.stage === 'TEAMING' && stage === 'BUZZ' ? t('supportedToTeaming') : t('supported'));
      }
      await onChanged();
    });

  const inBuzz = stage === 'BUZZ';
  const progress = threshold ? Math.min(100, Math.round((buzzScore / threshold) * 100)) : 0;
  return (
    <section aria-labelledby="buzz-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="buzz-heading">
        {t('heading')}
      </h2>
      <p className="govuk-body">{t('supporters', { count: supportCount })}</p>
      {inBuzz && threshold !== undefined && (
        <>
          <p className="govuk-body govuk-!-margin-bottom-2">{t('progress', { score: buzzScore, threshold })}</p>
          <div className="app-buzz-meter govuk-!-margin-bottom-4" aria-hidden="true">
            <div className="app-buzz-meter__fill" style={{ width: `${progress}%` }} />
          </div>
        </>
      )}
      {!inBuzz && <p className="govuk-body">{t('pastBuzz', { score: buzzScore })}</p>}
      {acceptsEngagement(stage) &&
        (!signedIn ? (
          <p className="govuk-body">
            <Trans t={t} i18nKey="signInToSupport" components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }} />
          </p>
        ) : isAuthor ? (
          <p className="govuk-body">{t('ownIdea')}</p>
        ) : (
          <>
            {supportedByMe && <p className="govuk-body">{t('youSupport')}</p>}
            <Button variant={supportedByMe ? 'secondary' : 'primary'} type="button" onClick={() => void toggle()} aria-disabled={busy}>
              {supportedByMe ? t('withdraw') : t('support')}
            </Button>
          </>
        ))}
    </section>
  );
}
