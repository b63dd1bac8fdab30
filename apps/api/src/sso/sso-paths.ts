/** The web app's page that takes the sign-in from single sign-on (apps/web: auth/sso-return-page.tsx). */
export const SSO_RETURN_PATH = 'sign-in/sso';
