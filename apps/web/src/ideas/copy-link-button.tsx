import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';

/** Copies the page's address, to paste into a message to colleagues; says so in a live region. */
export function CopyLinkButton() {
  const { t } = useTranslation('ideas', { keyPrefix: 'copyLink' });
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setSaid(t('copied'));
    } catch {
      // Without clipboard access (an insecure page, a refused permission) the address is still shown to copy by hand.
      setSaid(t('failed', { link: window.location.href }));
    }
  };
  return (
    <div className="govuk-!-margin-bottom-6">
      <Button type="button" variant="secondary" onClick={() => void copy()}>
        {t('button')}
      </Button>
      <p className="govuk-body-s" role="status" data-testid="copy-link-status">
        {said}
      </p>
    </div>
  );
}
