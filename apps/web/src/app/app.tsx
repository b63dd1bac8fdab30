import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { loadEveryNamespace } from '../i18n/load-i18n';
import { GovukTextProvider } from './govuk-text-provider';
import { InstanceHome, loadInstanceHome } from './instance-home';
import { InstanceLayout } from './instance-layout';
import { NotFoundPage } from './not-found-page';
import { ProductLayout } from './product-layout';
import { RouteFocus } from './route-focus';
import { revalidateSignInShell, loadSignInShell, SignInFrame } from './sign-in-frame';

// Each page is its own chunk, fetched when first visited; the router waits for it before showing
// the page, so focus still lands on the new page's heading. Only the first screens (start, sign-in,
// sign-up and the account pages reached from e-mails) render from the English bundled with the
// app; every other page also waits, once, for the rest of the catalogue. The start page and the
// ways into an instance (its landing page, sign-in, sign-up) do without Apollo Client: it loads
// with the first instance page past them (ApolloFrame).
const afterEveryNamespace = {
  loader: async () => {
    await loadEveryNamespace();
    return null;
  },
  // Once loaded they stay: later visits need not wait.
  shouldRevalidate: () => false,
};

const router = createBrowserRouter([
  {
    element: <RouteFocus />,
    // While the first page's chunk loads, which takes moments from the same server.
    HydrateFallback: () => null,
    children: [
      {
        element: <ProductLayout />,
        children: [
          { index: true, lazy: () => import('../start/start-page').then(({ StartPage }) => ({ Component: StartPage })) },
          {
            ...afterEveryNamespace,
            children: [
              {
                path: 'operator',
                lazy: () => import('../operator/operator-page').then(({ OperatorPage }) => ({ Component: OperatorPage })),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: ':slug',
        element: <InstanceLayout />,
        children: [
          { index: true, loader: loadInstanceHome, Component: InstanceHome },
          {
            loader: loadSignInShell,
            shouldRevalidate: revalidateSignInShell,
            element: <SignInFrame />,
            children: [
              { path: 'sign-in', lazy: () => import('../auth/sign-in-page').then(({ SignInPage }) => ({ Component: SignInPage })) },
              { path: 'sign-up', lazy: () => import('../auth/sign-up-page').then(({ SignUpPage }) => ({ Component: SignUpPage })) },
              {
                path: 'sign-in/sso',
                lazy: () => import('../auth/sso-return-page').then(({ SsoReturnPage }) => ({ Component: SsoReturnPage })),
              },
            ],
          },
          {
            lazy: () => import('./apollo-frame').then(({ ApolloFrame }) => ({ Component: ApolloFrame })),
            children: [
              {
                path: 'verify-email',
                lazy: () => import('../account/verify-email-page').then(({ VerifyEmailPage }) => ({ Component: VerifyEmailPage })),
              },
              {
                path: 'forgot-password',
                lazy: () => import('../account/forgot-password-page').then(({ ForgotPasswordPage }) => ({ Component: ForgotPasswordPage })),
              },
              {
                path: 'reset-password',
                lazy: () => import('../account/reset-password-page').then(({ ResetPasswordPage }) => ({ Component: ResetPasswordPage })),
              },
              {
                ...afterEveryNamespace,
                children: [
                  {
                    path: 'how-it-works',
                    lazy: () => import('../home/how-it-works-page').then(({ HowItWorksPage }) => ({ Component: HowItWorksPage })),
                  },
                  {
                    path: 'account/password',
                    lazy: () =>
                      import('../account/change-password-page').then(({ ChangePasswordPage }) => ({ Component: ChangePasswordPage })),
                  },
                  {
                    path: 'account/notifications',
                    lazy: () =>
                      import('../account/notification-settings-page').then(({ NotificationSettingsPage }) => ({
                        Component: NotificationSettingsPage,
                      })),
                  },
                  {
                    path: 'unsubscribe',
                    lazy: () => import('../account/unsubscribe-page').then(({ UnsubscribePage }) => ({ Component: UnsubscribePage })),
                  },
                  {
                    path: 'admin/integrations',
                    lazy: () => import('../admin/integrations-page').then(({ IntegrationsPage }) => ({ Component: IntegrationsPage })),
                  },
                  {
                    path: 'ideas',
                    children: [
                      {
                        index: true,
                        lazy: () => import('../ideas/idea-list-page').then(({ IdeaListPage }) => ({ Component: IdeaListPage })),
                      },
                      {
                        path: 'new',
                        lazy: () => import('../ideas/submit-idea-page').then(({ SubmitIdeaPage }) => ({ Component: SubmitIdeaPage })),
                      },
                      {
                        path: ':ideaId',
                        loader: (args) => import('./idea-page-loader').then(({ loadIdeaPage }) => loadIdeaPage(args)),
                        lazy: () => import('../ideas/idea-page').then(({ IdeaPage }) => ({ Component: IdeaPage })),
                      },
                      {
                        path: ':ideaId/edit',
                        lazy: () => import('../ideas/edit-idea-page').then(({ EditIdeaPage }) => ({ Component: EditIdeaPage })),
                      },
                      {
                        path: ':ideaId/business-case',
                        lazy: () => import('../teams/business-case-page').then(({ BusinessCasePage }) => ({ Component: BusinessCasePage })),
                      },
                      {
                        path: ':ideaId/float',
                        lazy: () => import('../teams/float-idea-page').then(({ FloatIdeaPage }) => ({ Component: FloatIdeaPage })),
                      },
                    ],
                  },
                  {
                    path: 'challenges',
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('../challenges/challenge-list-page').then(({ ChallengeListPage }) => ({ Component: ChallengeListPage })),
                      },
                      {
                        path: 'new',
                        lazy: () =>
                          import('../challenges/new-challenge-page').then(({ NewChallengePage }) => ({ Component: NewChallengePage })),
                      },
                      {
                        path: ':challengeId',
                        lazy: () => import('../challenges/challenge-page').then(({ ChallengePage }) => ({ Component: ChallengePage })),
                      },
                    ],
                  },
                  {
                    path: 'board',
                    children: [
                      { index: true, lazy: () => import('../board/board-page').then(({ BoardPage }) => ({ Component: BoardPage })) },
                      {
                        path: ':ideaId',
                        // The board's case view shows the market's price chart, which the market feature draws.
                        lazy: () =>
                          Promise.all([import('../board/board-idea-page'), import('../market/market-price-history')]).then(
                            ([{ BoardIdeaPage }, { MarketPriceHistory }]) => ({
                              Component: () => <BoardIdeaPage priceChart={(ideaId) => <MarketPriceHistory ideaId={ideaId} />} />,
                            }),
                          ),
                      },
                    ],
                  },
                  {
                    path: 'people',
                    children: [
                      { index: true, lazy: () => import('../people/people-page').then(({ PeoplePage }) => ({ Component: PeoplePage })) },
                      {
                        path: ':memberId',
                        lazy: () => import('../people/profile-page').then(({ ProfilePage }) => ({ Component: ProfilePage })),
                      },
                    ],
                  },
                  {
                    path: 'profile',
                    lazy: () => import('../people/my-profile-page').then(({ MyProfilePage }) => ({ Component: MyProfilePage })),
                  },
                  { path: 'impact', lazy: () => import('../impact/impact-page').then(({ ImpactPage }) => ({ Component: ImpactPage })) },
                  {
                    path: 'moderation',
                    lazy: () => import('../moderation/moderation-page').then(({ ModerationPage }) => ({ Component: ModerationPage })),
                  },
                  {
                    path: 'portfolio',
                    lazy: () => import('../wallet/portfolio-page').then(({ PortfolioPage }) => ({ Component: PortfolioPage })),
                  },
                  {
                    path: 'wallet',
                    lazy: () => import('../wallet/wallet-history-page').then(({ WalletHistoryPage }) => ({ Component: WalletHistoryPage })),
                  },
                  {
                    path: 'notifications',
                    lazy: () =>
                      import('../notifications/notifications-page').then(({ NotificationsPage }) => ({ Component: NotificationsPage })),
                  },
                  {
                    path: 'leaderboards',
                    lazy: () =>
                      import('../leaderboards/leaderboards-page').then(({ LeaderboardsPage }) => ({ Component: LeaderboardsPage })),
                  },
                  {
                    path: 'invite',
                    lazy: () => import('../recruitment/invite-page').then(({ InvitePage }) => ({ Component: InvitePage })),
                  },
                  { path: 'admin', lazy: () => import('../admin/admin-page').then(({ AdminPage }) => ({ Component: AdminPage })) },
                  {
                    path: 'admin/members',
                    lazy: () => import('../admin/admin-page').then(({ AdminMembersPage }) => ({ Component: AdminMembersPage })),
                  },
                  {
                    path: 'admin/audit',
                    lazy: () => import('../admin/admin-page').then(({ AdminAuditPage }) => ({ Component: AdminAuditPage })),
                  },
                  {
                    path: 'admin/analytics',
                    lazy: () => import('../admin/analytics/analytics-page').then(({ AnalyticsPage }) => ({ Component: AnalyticsPage })),
                  },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <GovukTextProvider>
      <RouterProvider router={router} />
    </GovukTextProvider>
  );
}
