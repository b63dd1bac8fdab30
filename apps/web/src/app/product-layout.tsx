import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { Header } from '../components/govuk/header';
import { useDefaultLanguage } from '../i18n/language';
import { PageFrame } from './page-frame';

export function ProductHeader() {
  const { t } = useTranslation();
  return <Header name={t('productName')} homeHref="/" />;
}

/** Pages outside any instance: the start page and addresses that match nothing. */
export function ProductLayout() {
  useDefaultLanguage(undefined);
  return (
    <PageFrame header={<ProductHeader />}>
      <Outlet />
    </PageFrame>
  );
}
