import { walletEn } from '../wallet/wallet.i18n';
import { homeEn } from '../home/home.i18n';
import { notificationsEn } from '../notifications/notifications.i18n';
import { accountEn } from '../account/account.i18n';

/**
 * The English of the first screens (the start page, sign-in, sign-up and the account pages reached
 * from e-mails) and of the instance frame around every page: bundled with the app. The rest of
 * English (en.ts) is fetched with the code of any other page.
 */
export const enFirstScreen = {
  common: {
    productName: 'Idea Exchange',
    loading: 'Loading…',
    pageTitle: {
      withError: 'Error: {{title}}',
    },
    navigation: {
      admin: 'Admin',
      board: 'Board',
      challenges: 'Challenges',
      ideas: 'Ideas',
      impact: 'Impact',
      leaderboards: 'Leaderboards',
      moderation: 'Moderation',
      people: 'People',
      recruitment: 'Invite colleagues',
    },
    language: {
      switcherLabel: 'Choose a language',
    },
    footer: {
      about: '<productLink>Idea Exchange</productLink>: colleagues share ideas, support the best ones and back them in a market.',
    },
    account: {
      navigationLabel: 'Your account',
      menuLabel: 'Menu',
      signIn: 'Sign in',
      createAccount: 'Create an account',
      signOut: 'Sign out',
      currency: 'Currency: {{currency}}',
    },
    amount: '{{amount}} {{currency}}',
    dates: {
      date: '{{day}} {{month}} {{year}}',
      time: '{{hour}}:{{minute}}{{period}}',
      dateTime: '{{date}} at {{time}}',
      am: 'am',
      pm: 'pm',
      months: {
        january: 'January',
        february: 'February',
        march: 'March',
        april: 'April',
        may: 'May',
        june: 'June',
        july: 'July',
        august: 'August',
        september: 'September',
        october: 'October',
        november: 'November',
        december: 'December',
      },
    },
    roles: {
      ADMIN: 'Admin',
      BOARD: 'Board member',
      MODERATOR: 'Moderator',
      MEMBER: 'Member',
    },
    govuk: {
      skipLink: 'Skip to main content',
      serviceInformation: 'Service information',
      errorPrefix: 'Error:',
      errorSummaryTitle: 'There is a problem',
      importantTitle: 'Important',
      successTitle: 'Success',
      warningPrefix: 'Warning',
      back: 'Back',
      tabsTitle: 'Contents',
      date: {
        day: 'Day',
        month: 'Month',
        year: 'Year',
      },
      characterCount: {
        limit_one: 'You can enter up to {{count}} character',
        limit_other: 'You can enter up to {{count}} characters',
        remaining_one: 'You have {{count}} character remaining',
        remaining_other: 'You have {{count}} characters remaining',
        over_one: 'You have {{count}} character too many',
        over_other: 'You have {{count}} characters too many',
      },
      pagination: {
        label: 'Results pages',
        previous: 'Previous',
        next: 'Next',
        page: 'Page {{number}}',
      },
    },
  },

  start: {
    intro:
      'Idea Exchange is where colleagues in a public body share ideas for doing things better, and decide together which ones deserve time and money.',
    youCan: 'You can:',
    postAnIdea: 'post an idea and gather support and comments from colleagues',
    joinATeam: 'join a team that writes the business case for a popular idea',
    backIdeas: 'back the ideas you believe in with your organisation’s own play currency',
    ownInstance: 'Each organisation has its own Idea Exchange, with its own members and currency.',
    goToInstance: {
      heading: 'Go to your organisation',
      shortNameLabel: 'Short name of your organisation',
      shortNameHint: 'It is the part of the web address after the first slash, for example demo.',
      continue: 'Continue',
      shortNameMissing: 'Enter the short name of your organisation.',
      shortNameInvalid: 'Enter a short name of letters, digits and hyphens, like demo.',
    },
    demo: {
      heading: 'Just looking?',
      invitation: 'Try the <demoLink>demo organisation</demoLink>, which has sample ideas and members.',
    },
  },

  auth: {
    emailLabel: 'E-mail address',
    demo: {
      heading: 'Demo accounts',
      intro:
        'This is the demo organisation. Sign in as any of these colleagues, all with the password {{password}}: choose an address to fill in the form. Or create an account of your own.',
      caption: 'Demo accounts',
      account: 'E-mail address',
      role: 'Role',
    },
    signIn: {
      title: 'Sign in',
      passwordLabel: 'Password',
      submit: 'Sign in',
      noAccount: 'No account yet? <signUpLink>Create an account</signUpLink>.',
      emailMissing: 'Enter your e-mail address.',
      passwordMissing: 'Enter your password.',
      wrongCredentials: 'The e-mail address or password is not right.',
    },
    reason: {
      signedOut: 'You have signed out.',
      sessionEnded: 'Your session has ended. Sign in again to carry on.',
    },
    signUp: {
      title: 'Create an account',
      restricted: '{{instance}} is for invited colleagues: use your work e-mail address, or an invite code from a colleague.',
      displayNameLabel: 'Your name',
      displayNameHint: 'Other members see this beside your ideas and comments.',
      passwordLabel: 'Create a password',
      passwordHint: 'Use at least {{minimum}} characters. Three random words make a strong password.',
      inviteCodeLabel: 'Invite code (optional)',
      inviteCodeHint: 'If a colleague sent you an invite code, enter it here.',
      submit: 'Create account',
      haveAccount: 'Already have an account? <signInLink>Sign in</signInLink>.',
      displayNameMissing: 'Enter your name.',
      emailMissing: 'Enter your e-mail address.',
      passwordMissing: 'Enter a password.',
      passwordTooShort: 'Password must be at least {{minimum}} characters.',
    },
  },

  home: homeEn,

  errors: {
    somethingWentWrong: 'Sorry, something went wrong. Try again in a few minutes.',
    rateLimited_one: 'Too many attempts. Try again in {{count}} minute.',
    rateLimited_other: 'Too many attempts. Try again in {{count}} minutes.',
    notFound: {
      title: 'Page not found',
      typedAddress: 'If you typed the web address, check it is correct.',
      pastedAddress: 'If you pasted the web address, check you copied the entire address.',
      instance: 'If you are looking for your organisation, check its short name on the <startLink>Idea Exchange start page</startLink>.',
    },
    serviceProblem: {
      title: 'Sorry, there is a problem with the service',
      tryLater: 'Try again later.',
    },
  },
  wallet: walletEn,
  notifications: notificationsEn,
  account: accountEn,
};
