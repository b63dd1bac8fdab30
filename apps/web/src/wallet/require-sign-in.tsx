import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useSession } from '../session/session-context';

/** A member's own money is only for them: anyone signed out goes to the sign-in page. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { slug, signedIn } = useSession();
  return signedIn ? children : <Navigate to={`/${slug}/sign-in`} replace />;
}
