import { useMutation } from '@apollo/client/react';
import { UnsubscribeDocument } from '../generated/graphql';
import { LinkActionPage } from './link-action-page';
import { useLinkToken } from './link-token';

/** /:slug/unsubscribe?token=…: one click from an e-mail, without signing in. */
export function UnsubscribePage() {
  const token = useLinkToken();
  const [unsubscribe] = useMutation(UnsubscribeDocument);
  return <LinkActionPage texts="unsubscribe" act={() => unsubscribe({ variables: { token } })} />;
}
