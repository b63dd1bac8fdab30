import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { loadI18n } from './i18n/load-i18n';
import { readLanguageChoice, takeLanguageFromAddress } from './i18n/language-choice';
import { FALLBACK_LANGUAGE } from './i18n/languages';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

takeLanguageFromAddress();
const showLanguage = (language: string) => document.documentElement.setAttribute('lang', language);
// Until an instance's default language is known, the person's choice or English.
void loadI18n(readLanguageChoice() ?? FALLBACK_LANGUAGE).then((i18n) => {
  showLanguage(i18n.language);
  i18n.on('languageChanged', showLanguage);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
});
