import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { GovukTextProvider } from './govuk-text-provider';
import { IdeaSectionsProvider } from './idea-sections';
import { InstanceLayout } from './instance-layout';
import { NotFoundPage } from './not-found-page';
import { ProductLayout } from './product-layout';
import { RouteFocus } from './route-focus';

// Each page is its own chunk, fetched when first visited; the router waits for it before showing
// the page, so focus still lands on the new page's heading.
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: ':slug',
        element: <InstanceLayout />,
        children: [
          { index: true, lazy: () => import('../home/home-page').then(({ HomePage }) => ({ Component: HomePage })) },
          { path: 'sign-in', lazy: () => import('../auth/sign-in-page').then(({ SignInPage }) => ({ Component: SignInPage })) },
          { path: 'sign-up', lazy: () => import('../auth/sign-up-page').then(({ SignUpPage }) => ({ Component: SignUpPage })) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <GovukTextProvider>
      <IdeaSectionsProvider>
        <RouterProvider router={router} />
      </IdeaSectionsProvider>
    </GovukTextProvider>
  );
}
