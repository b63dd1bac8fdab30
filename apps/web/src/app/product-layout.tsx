import { Outlet } from 'react-router-dom';
import { Header } from '../components/govuk/header';
import { PageFrame } from './page-frame';

export function ProductHeader() {
  return <Header name="Idea Exchange" homeHref="/" />;
}

/** Pages outside any instance: the start page and addresses that match nothing. */
export function ProductLayout() {
  return (
    <PageFrame header={<ProductHeader />}>
      <Outlet />
    </PageFrame>
  );
}
