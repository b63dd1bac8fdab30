import type { Translation } from '../i18n/catalogue';

/** The home page's words: the signed-in member's home and the instance's front door. */
export const homeEn = {
  howItWorks: {
    title: 'How it works',
    navigation: 'How it works',
    newHere: 'New here? <howLink>Read how it works</howLink>: it takes two minutes.',
    intro:
      'Anyone in {{instance}} can post an idea. Colleagues decide which ideas go forward, and a market shows how likely each one is to be implemented.',
    stagesHeading: 'The stages of an idea',
    stages: {
      BUZZ: 'Buzz: a new idea gathers support and comments from colleagues.',
      TEAMING: 'Teaming: with enough buzz, a team forms and writes a business case.',
      INVESTMENT: 'Investment: the idea is floated on the market while the board reviews its case.',
      DECIDED: 'Implemented or rejected: the board decides, and the market pays out.',
    },
    buzzHeading: 'Buzz',
    buzz: 'Each idea has a buzz score from the support and comments it gathers. When the score reaches the threshold the organisation sets, the idea can move on to teaming.',
    currencyHeading: 'What {{currency}} are for',
    currency:
      '{{currency}} are play money: you get some when you join and earn more by taking part. You spend them on shares in ideas’ markets. They are not real money and cannot be paid out.',
    marketHeading: 'The market',
    market:
      'A floated idea has a market with two outcomes. A YES share pays 1.00 {{currency}} if the idea is implemented; a NO share pays 1.00 {{currency}} if it is rejected. The price of a YES share is the chance the market gives the idea: buying YES raises it, buying NO lowers it.',
    marketExample:
      'For example, at a 40% chance, 10 {{currency}} buys about 25 YES shares, which pay 25 {{currency}} if the idea is implemented.',
    boardHeading: 'The board',
    board:
      'The board reads each business case, scores it and decides. Board members and admins do not trade, so the people who decide cannot profit from the decision.',
  },
  member: {
    title: 'Home',
    heading: 'Welcome, {{name}}',
    signedInTo: 'You are signed in to {{instance}}.',
    yourRole: 'Your role',
    currency: 'Currency',
    haveAnIdea: 'Got an idea?',
    haveAnIdeaDetail: 'Post it for colleagues to support and discuss. With enough buzz, you can build a team to take it forward.',
    postIdea: 'Post an idea',
    trending: 'Trending ideas',
    noTrending: 'No idea has gathered support in the last week. Have a look at the recent ones.',
    recent: 'Recent ideas',
    noIdeas: 'Nobody has posted an idea yet. Be the first.',
    allIdeas_one: 'See the {{count}} idea',
    allIdeas_other: 'See all {{count}} ideas',
    yourIdeas: 'Your ideas',
    noIdeasOfYours: 'You have not posted an idea yet.',
    moreOfYours_one: 'And {{count}} more.',
    moreOfYours_other: 'And {{count}} more.',
    ideasFailed: 'Sorry, the ideas could not be loaded. Try again in a few minutes.',
    ideaFacts: '{{stage}} · {{supporters}} · {{comments}}',
    supporters_one: '{{count}} supporter',
    supporters_other: '{{count}} supporters',
    comments_one: '{{count}} comment',
    comments_other: '{{count}} comments',
  },
  landing: {
    title: 'Welcome',
    suspended: 'This organisation is suspended.',
    suspendedDetail: 'Nobody can sign in or create an account here until it is restored.',
    intro: 'Share your ideas for doing things better, support colleagues’ ideas and back the most promising ones with {{currency}}.',
    signIn: 'Sign in',
    browseIdeas: 'Browse the ideas without signing in',
    newHere: 'New here?',
    joinRestricted:
      'You can join with your work e-mail address, or with an invite code from a colleague. <signUpLink>Create an account</signUpLink>.',
    joinOpen: 'Anyone can join. <signUpLink>Create an account</signUpLink>.',
  },
};

export const homeCy: Translation<typeof homeEn> = {
  howItWorks: {
    title: 'Sut mae’n gweithio',
    navigation: 'Sut mae’n gweithio',
    newHere: 'Newydd yma? <howLink>Darllenwch sut mae’n gweithio</howLink>: mae’n cymryd dwy funud.',
    intro:
      'Gall unrhyw un yn {{instance}} gyflwyno syniad. Mae cydweithwyr yn penderfynu pa syniadau sy’n symud ymlaen, ac mae marchnad yn dangos pa mor debygol yw hi y caiff pob un ei roi ar waith.',
    stagesHeading: 'Camau syniad',
    stages: {
      BUZZ: 'Bwrlwm: mae syniad newydd yn casglu cefnogaeth a sylwadau gan gydweithwyr.',
      TEAMING: 'Ffurfio tîm: gyda digon o fwrlwm, mae tîm yn ffurfio ac yn ysgrifennu achos busnes.',
      INVESTMENT: 'Buddsoddi: caiff y syniad ei roi ar y farchnad tra bo’r bwrdd yn adolygu ei achos.',
      DECIDED: 'Wedi’i roi ar waith neu wedi’i wrthod: mae’r bwrdd yn penderfynu, ac mae’r farchnad yn talu.',
    },
    buzzHeading: 'Bwrlwm',
    buzz: 'Mae gan bob syniad sgôr bwrlwm o’r gefnogaeth a’r sylwadau a gaiff. Pan fydd y sgôr yn cyrraedd y trothwy a osodwyd gan y sefydliad, gall y syniad symud ymlaen i ffurfio tîm.',
    currencyHeading: 'I beth mae {{currency}} yn dda',
    currency:
      'Arian chwarae yw {{currency}}: cewch rai wrth ymuno ac ennill mwy drwy gymryd rhan. Rydych yn eu gwario ar gyfrannau ym marchnadoedd syniadau. Nid arian go iawn ydynt ac ni ellir eu talu allan.',
    marketHeading: 'Y farchnad',
    market:
      'Mae gan syniad ar y farchnad ddau ganlyniad. Mae cyfran IE yn talu 1.00 {{currency}} os caiff y syniad ei roi ar waith; mae cyfran NA yn talu 1.00 {{currency}} os caiff ei wrthod. Pris cyfran IE yw’r siawns y mae’r farchnad yn ei rhoi i’r syniad: mae prynu IE yn ei chodi, mae prynu NA yn ei gostwng.',
    marketExample:
      'Er enghraifft, ar siawns o 40%, mae 10 {{currency}} yn prynu tua 25 cyfran IE, sy’n talu 25 {{currency}} os caiff y syniad ei roi ar waith.',
    boardHeading: 'Y bwrdd',
    board:
      'Mae’r bwrdd yn darllen pob achos busnes, yn ei sgorio ac yn penderfynu. Nid yw aelodau’r bwrdd na gweinyddwyr yn masnachu, felly ni all y rhai sy’n penderfynu elwa o’r penderfyniad.',
  },
  member: {
    title: 'Hafan',
    heading: 'Croeso, {{name}}',
    signedInTo: 'Rydych wedi mewngofnodi i {{instance}}.',
    yourRole: 'Eich rôl',
    currency: 'Arian cyfred',
    haveAnIdea: 'Oes gennych chi syniad?',
    haveAnIdeaDetail: 'Cyhoeddwch ef i gydweithwyr ei gefnogi a’i drafod. Gyda digon o fwrlwm, gallwch greu tîm i’w ddatblygu.',
    postIdea: 'Cyhoeddi syniad',
    trending: 'Syniadau poblogaidd nawr',
    noTrending: 'Nid oes unrhyw syniad wedi cael cefnogaeth yn ystod yr wythnos ddiwethaf. Edrychwch ar y rhai diweddar.',
    recent: 'Syniadau diweddar',
    noIdeas: 'Does neb wedi cyhoeddi syniad eto. Byddwch y cyntaf.',
    allIdeas: 'Gweld pob un o’r {{count}} syniad',
    yourIdeas: 'Eich syniadau',
    noIdeasOfYours: 'Nid ydych wedi cyhoeddi syniad eto.',
    moreOfYours: 'A {{count}} arall.',
    ideasFailed: 'Mae’n ddrwg gennym, nid oedd modd llwytho’r syniadau. Rhowch gynnig arall arni ymhen ychydig funudau.',
    ideaFacts: '{{stage}} – {{supporters}} – {{comments}}',
    supporters: '{{count}} cefnogwr',
    comments: '{{count}} sylw',
  },
  landing: {
    title: 'Croeso',
    suspended: 'Mae’r safle hwn wedi’i atal.',
    suspendedDetail: 'Ni all neb fewngofnodi na chreu cyfrif yma nes iddo gael ei adfer.',
    intro:
      'Rhannwch eich syniadau ar gyfer gwneud pethau’n well, cefnogwch syniadau cydweithwyr a buddsoddwch {{currency}} yn y rhai mwyaf addawol.',
    signIn: 'Mewngofnodi',
    browseIdeas: 'Pori’r syniadau heb fewngofnodi',
    newHere: 'Newydd yma?',
    joinRestricted:
      'Gallwch ymuno gyda’ch cyfeiriad e-bost gwaith, neu gyda chod gwahodd gan gydweithiwr. <signUpLink>Creu cyfrif</signUpLink>.',
    joinOpen: 'Gall unrhyw un ymuno. <signUpLink>Creu cyfrif</signUpLink>.',
  },
};
