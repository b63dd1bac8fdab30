import type { Translation } from './catalogue';
import type { enFirstScreen } from './en-first-screen';
import { walletCy } from '../wallet/wallet.i18n';
import { homeCy } from '../home/home.i18n';
import { notificationsCy } from '../notifications/notifications.i18n';
import { accountCy } from '../account/account.i18n';

/**
 * The Welsh of the first screens and of the instance frame, the same namespaces as
 * en-first-screen.ts: fetched on its own when a first load shows Welsh, so a Welsh reader waits
 * for these strings only; the rest of Welsh (cy.ts) arrives with the code of any other page.
 */
export const cyFirstScreen: Translation<typeof enFirstScreen> = {
  common: {
    productName: 'Idea Exchange',
    loading: 'Yn llwytho…',
    pageTitle: {
      withError: 'Gwall: {{title}}',
    },
    navigation: {
      admin: 'Gweinyddu',
      board: 'Bwrdd',
      challenges: 'Heriau',
      ideas: 'Syniadau',
      impact: 'Effaith',
      leaderboards: 'Byrddau arweinwyr',
      moderation: 'Cymedroli',
      people: 'Pobl',
      recruitment: 'Gwahodd cydweithwyr',
    },
    language: {
      switcherLabel: 'Dewis iaith',
    },
    footer: {
      about:
        '<productLink>Idea Exchange</productLink>: mae cydweithwyr yn rhannu syniadau, yn cefnogi’r rhai gorau ac yn buddsoddi ynddynt mewn marchnad.',
    },
    account: {
      navigationLabel: 'Eich cyfrif',
      menuLabel: 'Dewislen',
      signIn: 'Mewngofnodi',
      createAccount: 'Creu cyfrif',
      signOut: 'Allgofnodi',
      currency: 'Arian cyfred: {{currency}}',
    },
    amount: '{{amount}} {{currency}}',
    dates: {
      date: '{{day}} {{month}} {{year}}',
      time: '{{hour}}:{{minute}}{{period}}',
      dateTime: '{{date}} am {{time}}',
      am: 'yb',
      pm: 'yh',
      months: {
        january: 'Ionawr',
        february: 'Chwefror',
        march: 'Mawrth',
        april: 'Ebrill',
        may: 'Mai',
        june: 'Mehefin',
        july: 'Gorffennaf',
        august: 'Awst',
        september: 'Medi',
        october: 'Hydref',
        november: 'Tachwedd',
        december: 'Rhagfyr',
      },
    },
    roles: {
      ADMIN: 'Gweinyddwr',
      BOARD: 'Aelod o’r bwrdd',
      MODERATOR: 'Cymedrolwr',
      MEMBER: 'Aelod',
    },
    govuk: {
      skipLink: 'Neidio i’r prif gynnwys',
      serviceInformation: 'Gwybodaeth am y gwasanaeth',
      errorPrefix: 'Gwall:',
      errorSummaryTitle: 'Mae problem wedi codi',
      importantTitle: 'Pwysig',
      successTitle: 'Llwyddiant',
      warningPrefix: 'Rhybudd',
      back: 'Yn ôl',
      tabsTitle: 'Cynnwys',
      date: {
        day: 'Diwrnod',
        month: 'Mis',
        year: 'Blwyddyn',
      },
      characterCount: {
        limit: 'Gallwch roi hyd at {{count}} nod',
        remaining: 'Mae gennych {{count}} nod ar ôl',
        over: 'Mae gennych {{count}} nod yn ormod',
      },
      pagination: {
        label: 'Tudalennau canlyniadau',
        previous: 'Blaenorol',
        next: 'Nesaf',
        page: 'Tudalen {{number}}',
      },
    },
  },

  start: {
    intro:
      'Idea Exchange yw’r lle mae cydweithwyr mewn corff cyhoeddus yn rhannu syniadau ar gyfer gwneud pethau’n well, ac yn penderfynu gyda’i gilydd pa rai sy’n haeddu amser ac arian.',
    youCan: 'Gallwch:',
    postAnIdea: 'gyhoeddi syniad a chasglu cefnogaeth a sylwadau gan gydweithwyr',
    joinATeam: 'ymuno â thîm sy’n ysgrifennu’r achos busnes dros syniad poblogaidd',
    backIdeas: 'fuddsoddi yn y syniadau rydych chi’n credu ynddynt gydag arian chwarae eich sefydliad',
    ownInstance: 'Mae gan bob sefydliad ei Idea Exchange ei hun, gyda’i aelodau a’i arian cyfred ei hun.',
    goToInstance: {
      heading: 'Ewch i’ch sefydliad',
      shortNameLabel: 'Enw byr eich sefydliad',
      shortNameHint: 'Dyma’r rhan o’r cyfeiriad gwe sy’n dod ar ôl y blaenslaes cyntaf, er enghraifft demo.',
      continue: 'Parhau',
      shortNameMissing: 'Rhowch enw byr eich sefydliad.',
      shortNameInvalid: 'Rhowch enw byr sy’n cynnwys llythrennau, digidau a chysylltnodau yn unig, fel demo.',
    },
    demo: {
      heading: 'Dim ond yn edrych?',
      invitation: 'Rhowch gynnig ar y <demoLink>sefydliad arddangos</demoLink>, sydd â syniadau ac aelodau enghreifftiol.',
    },
  },

  auth: {
    emailLabel: 'Cyfeiriad e-bost',
    demo: {
      heading: 'Cyfrifon arddangos',
      intro:
        'Dyma’r sefydliad arddangos. Mewngofnodwch fel unrhyw un o’r cydweithwyr hyn, i gyd gyda’r cyfrinair {{password}}: dewiswch gyfeiriad i lenwi’r ffurflen. Neu crëwch gyfrif eich hun.',
      caption: 'Cyfrifon arddangos',
      account: 'Cyfeiriad e-bost',
      role: 'Rôl',
    },
    signIn: {
      title: 'Mewngofnodi',
      passwordLabel: 'Cyfrinair',
      submit: 'Mewngofnodi',
      noAccount: 'Dim cyfrif eto? <signUpLink>Creu cyfrif</signUpLink>.',
      emailMissing: 'Rhowch eich cyfeiriad e-bost.',
      passwordMissing: 'Rhowch eich cyfrinair.',
      wrongCredentials: 'Mae’r cyfeiriad e-bost neu’r cyfrinair yn anghywir.',
    },
    reason: {
      signedOut: 'Rydych wedi allgofnodi.',
      sessionEnded: 'Mae eich sesiwn wedi dod i ben. Mewngofnodwch eto i barhau.',
    },
    signUp: {
      title: 'Creu cyfrif',
      restricted:
        'Mae {{instance}} ar gyfer cydweithwyr sydd wedi cael gwahoddiad: defnyddiwch eich cyfeiriad e-bost gwaith, neu god gwahodd gan gydweithiwr.',
      displayNameLabel: 'Eich enw',
      displayNameHint: 'Bydd aelodau eraill yn gweld hwn wrth ymyl eich syniadau a’ch sylwadau.',
      passwordLabel: 'Creu cyfrinair',
      passwordHint: 'Defnyddiwch o leiaf {{minimum}} nod. Mae tri gair ar hap yn gwneud cyfrinair cryf.',
      inviteCodeLabel: 'Cod gwahodd (dewisol)',
      inviteCodeHint: 'Os yw cydweithiwr wedi anfon cod gwahodd atoch, rhowch ef yma.',
      submit: 'Creu cyfrif',
      haveAccount: 'Oes gennych chi gyfrif yn barod? <signInLink>Mewngofnodi</signInLink>.',
      displayNameMissing: 'Rhowch eich enw.',
      emailMissing: 'Rhowch eich cyfeiriad e-bost.',
      passwordMissing: 'Rhowch gyfrinair.',
      passwordTooShort: 'Rhaid i’r cyfrinair fod yn {{minimum}} nod o leiaf.',
    },
  },

  home: homeCy,

  errors: {
    somethingWentWrong: 'Mae’n ddrwg gennym, aeth rhywbeth o’i le. Rhowch gynnig arall arni ymhen ychydig funudau.',
    rateLimited: 'Gormod o ymdrechion. Rhowch gynnig arall arni ymhen {{count}} munud.',
    notFound: {
      title: 'Heb ddod o hyd i’r dudalen',
      typedAddress: 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
      pastedAddress: 'Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.',
      instance:
        'Os ydych chi’n chwilio am safle eich sefydliad, gwiriwch ei enw byr ar <startLink>dudalen gychwyn Idea Exchange</startLink>.',
    },
    serviceProblem: {
      title: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth',
      tryLater: 'Rhowch gynnig arall arni yn nes ymlaen.',
    },
  },
  wallet: walletCy,
  notifications: notificationsCy,
  account: accountCy,
};
