import 'i18next';
import type { Catalogue } from './catalogue';

// Typed keys: t('auth:signIn.title') is checked against the English catalogue at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogue;
  }
}
