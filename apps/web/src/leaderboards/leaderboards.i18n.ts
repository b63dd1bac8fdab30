import type { Translation } from '../i18n/catalogue';

/** The leaderboards page, in English. */
export const leaderboardsEn = {
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
    TRADERS: 'Trading profit',
    TRADERS_WEEK: 'Profit this week',
    TRADERS_MONTH: 'Profit this month',
    RECRUITERS: 'Recruits who took part',
    TEAMS: 'Points',
  },
  rankedBy: {
    INNOVATORS: 'Ranked by points for ideas and their progress',
    TRADERS: 'Ranked by trading profit',
    TRADERS_WEEK: 'Ranked by the profit made this week',
    TRADERS_MONTH: 'Ranked by the profit made this month',
    RECRUITERS: 'Ranked by recruits who took part',
    TEAMS: 'Ranked by points for their teams’ ideas',
  },
  tradersHint:
    'Gains and losses from trades and settled markets, with shares still held valued at today’s price. Grants and rewards do not count.',
  none: 'Nobody is on this leaderboard yet.',
  yourRank: 'Your rank',
  yourRankIs: 'You are number {{rank}}, with {{score}}.',
  yourScore: {
    INNOVATORS_one: '{{number}} point',
    INNOVATORS_other: '{{number}} points',
    TRADERS: 'a trading profit of {{amount}}',
    TRADERS_WEEK: 'a profit of {{amount}} this week',
    TRADERS_MONTH: 'a profit of {{amount}} this month',
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
    TRADERS: 'Elw masnachu',
    TRADERS_WEEK: 'Elw yr wythnos hon',
    TRADERS_MONTH: 'Elw y mis hwn',
    RECRUITERS: 'Recriwtiaid a gymerodd ran',
    TEAMS: 'Pwyntiau',
  },
  rankedBy: {
    INNOVATORS: 'Yn ôl pwyntiau am syniadau a’u cynnydd',
    TRADERS: 'Yn ôl elw masnachu',
    TRADERS_WEEK: 'Yn ôl yr elw a wnaed yr wythnos hon',
    TRADERS_MONTH: 'Yn ôl yr elw a wnaed y mis hwn',
    RECRUITERS: 'Yn ôl recriwtiaid a gymerodd ran',
    TEAMS: 'Yn ôl pwyntiau am syniadau eu timau',
  },
  tradersHint:
    'Enillion a cholledion o fasnachu ac o farchnadoedd a setlwyd, gyda’r cyfranddaliadau sy’n dal gennych wedi’u prisio ar bris heddiw. Nid yw grantiau a gwobrau’n cyfrif.',
  none: 'Does neb ar y bwrdd arweinwyr hwn eto.',
  yourRank: 'Eich safle',
  yourRankIs: 'Rydych chi’n rhif {{rank}}, gyda {{score}}.',
  yourScore: {
    INNOVATORS: '{{number}} pwynt',
    TRADERS: 'elw masnachu o {{amount}}',
    TRADERS_WEEK: 'elw o {{amount}} yr wythnos hon',
    TRADERS_MONTH: 'elw o {{amount}} y mis hwn',
    RECRUITERS: '{{number}} recriwt a gymerodd ran',
    TEAMS: '{{number}} pwynt tîm',
  },
  notRanked: 'Dydych chi ddim ar y bwrdd arweinwyr hwn eto.',
  signInForRank: 'Mewngofnodwch i weld eich safle eich hun.',
  signInToSee: 'Mae’r safle hwn yn rhannu ei fyrddau arweinwyr â’i aelodau yn unig. <signInLink>Mewngofnodwch</signInLink> i’w gweld.',
};
