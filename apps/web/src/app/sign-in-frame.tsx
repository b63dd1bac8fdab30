import type { ReactNode } from 'react';
import { Outlet, useLoaderData, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router-dom';
import { InstanceShellDocument } from '../generated/graphql';
import type { Instance } from '../instance/instance-context';
import { graphqlRequest } from '../session/graphql-request';
import { requestHeaders } from '../session/session-store';
import { InstanceFrame } from './instance-layout';
import { InstanceHeader } from './instance-header';

export interface SignInShell {
  instance: Instance | null;
  failed: boolean;
}

/**
 * The instance's facts for the ways in, asked for while the page's code loads and without Apollo
 * Client, whose code these screens do without: the same shell query as every other page, for a
 * visitor not yet signed in.
 */
export async function loadSignInShell({ params }: LoaderFunctionArgs): Promise<SignInShell> {
  const slug = params['slug'] ?? '';
  try {
    const { instance } = await graphqlRequest(InstanceShellDocument, { slug, signedIn: false }, requestHeaders(slug, null));
    return { instance: instance ?? null, failed: false };
  } catch {
    return { instance: null, failed: true };
  }
}

/** Asked again only for another instance: moving between sign-in and sign-up keeps the facts already fetched. */
export const revalidateSignInShell = ({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) =>
  currentParams['slug'] !== nextParams['slug'];

/** The frame of the ways into an instance (sign-in, sign-up, single sign-on's return, the landing page). */
export function SignInFrameView({ shell, children }: { shell: SignInShell; children: ReactNode }) {
  return (
    <InstanceFrame instance={shell.instance} failed={shell.failed} header={<InstanceHeader />}>
      {children}
    </InstanceFrame>
  );
}

/** SignInFrameView as a layout route, with its loader's shell. */
export function SignInFrame() {
  return (
    <SignInFrameView shell={useLoaderData<typeof loadSignInShell>()}>
      <Outlet />
    </SignInFrameView>
  );
}
