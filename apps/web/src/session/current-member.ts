import { useQuery } from '@apollo/client/react';
import { CurrentMemberDocument, type CurrentMemberQuery } from '../generated/graphql';
import { useSession } from './session-context';

export type CurrentMember = CurrentMemberQuery['me'];

/** The signed-in member, once loaded; undefined when signed out or still loading. */
export function useCurrentMember(): CurrentMember | undefined {
  const { signedIn } = useSession();
  const { data } = useQuery(CurrentMemberDocument, { skip: !signedIn });
  return signedIn ? data?.me : undefined;
}
