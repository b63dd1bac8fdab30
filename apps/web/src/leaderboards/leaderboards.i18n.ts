import type { Translation } from '../i18n/catalogue';

/** The leaderboards page, in English. */
export const leaderboardsEn = {
  navigation: 'Leaderboards',
  title: 'Leaderboards',
  intro:
    'Who is doing most for the organisation: posting ideas that move forward, trading well, bringing in colleagues who take part, and working in teams whose ideas succeed.',
  boardsLabel: 'Leaderboards',
  periodsLabel: 'Period',
  kinds: {
    INNOVATORS: 'Innovators',
    TRADERS: 'Traders',
    RECRUITERS: 'Recruiters',
    TEAMS: 'Teams',
  },
  periods: {
    WEEK: 'This week',
    MONTH: 'This month',
    ALL_TIME: 'All time',
  },
  caption: '{{kind}}: {{period}}',
  rank: 'Rank',
  member: 'Member',
  scores: {
    INNOVATORS: 'Points',
    TRADERS: 'Net worth',
    TRADERS_GAIN: 'Gain in the period',
    RECRUITERS: 'Recruits who took part',
    TEAMS: 'Points',
  },
  none: 'Nobody is on this leaderboard yet.',
  yourRank: 'Your rank',
  yourRankIs: 'You are number {{rank}}, with {{score}}.',
  yourScore: {
    INNOVATORS_one: '{{number}} point',
    INNOVATORS_other: '{{number}} points',
    TRADERS: 'a net worth of {{amount}}',
    TRADERS_GAIN: 'a gain of {{amount}} in the period',
    RECRUITERS_one: '{{number}} recruit who took part',
    RECRUITERS_other: '{{number}} recruits who took part',
    TEAMS_one: '{{number}} team point',
    TEAMS_other: '{{number}} team points',
  },
  notRanked: 'You are not on this leaderboard yet.',
  signInForRank: 'Sign in to see your own rank.',
  signInToSee: 'This organisation shares its leaderboards with its members only. <signInLink>Sign in</signInLink> to see them.',
};

export const leaderboardsCy: Translation<typeof leaderboardsEn> = {
  navigation: 'Byrddau arweinwyr',
  title: 'Byrddau arweinwyr',
  intro:
    'Pwy sy’n gwneud fwyaf dros y sefydliad: cyflwyno syniadau sy’n symud ymlaen, masnachu’n dda, dod â chydweithwyr sy’n cymryd rhan, a gweithio mewn timau y mae eu syniadau’n llwyddo.',
  boardsLabel: 'Byrddau arweinwyr',
  periodsLabel: 'Cyfnod',
  kinds: {
    INNOVATORS: 'Arloeswyr',
    TRADERS: 'Masnachwyr',
    RECRUITERS: 'Recriwtwyr',
    TEAMS: 'Timau',
  },
  periods: {
    WEEK: 'Yr wythnos hon',
    MONTH: 'Y mis hwn',
    ALL_TIME: 'Erioed',
  },
  caption: '{{kind}} – {{period}}',
  rank: 'Safle',
  member: 'Aelod',
  scores: {
    INNOVATORS: 'Pwyntiau',
    TRADERS: 'Gwerth net',
    TRADERS_GAIN: 'Enillion yn y cyfnod',
    RECRUITERS: 'Recriwtiaid a gymerodd ran',
    TEAMS: 'Pwyntiau',
  },
  none: 'Does neb ar y bwrdd arweinwyr hwn eto.',
  yourRank: 'Eich safle',
  yourRankIs: 'Rydych chi’n rhif {{rank}}, gyda {{score}}.',
  yourScore: {
    INNOVATORS: '{{number}} pwynt',
    TRADERS: 'gwerth net o {{amount}}',
    TRADERS_GAIN: 'enillion o {{amount}} yn y cyfnod',
    RECRUITERS: '{{number}} recriwt a gymerodd ran',
    TEAMS: '{{number}} pwynt tîm',
  },
  notRanked: 'Dydych chi ddim ar y bwrdd arweinwyr hwn eto.',
  signInForRank: 'Mewngofnodwch i weld eich safle eich hun.',
  signInToSee: 'Mae’r safle hwn yn rhannu ei fyrddau arweinwyr â’i aelodau yn unig. <signInLink>Mewngofnodwch</signInLink> i’w gweld.',
};
