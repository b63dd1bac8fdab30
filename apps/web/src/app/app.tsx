import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { SignInPage } from '../auth/sign-in-page';
import { SignUpPage } from '../auth/sign-up-page';
import { HomePage } from '../home/home-page';
import { StartPage } from '../start/start-page';
import { InstanceLayout } from './instance-layout';
import { NotFoundPage } from './not-found-page';
import { ProductLayout } from './product-layout';
import { RouteFocus } from './route-focus';

const router = createBrowserRouter([
  {
    element: <RouteFocus />,
    children: [
      {
        element: <ProductLayout />,
        children: [
          { index: true, element: <StartPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: ':slug',
        element: <InstanceLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
