import { fillIn, outcomeNamed, type Language } from './language';

export const WALLET_REASON_KINDS = [
  'STARTING_GRANT',
  'RECRUIT_BONUS',
  'TEAMING_REWARD',
  'INVESTMENT_REWARD',
  'IMPLEMENTED_REWARD',
  'MARKET_OPENED',
  'BOUGHT',
  'SOLD',
  'SETTLED',
  'NOTE',
] as const;
export type WalletReasonKind = (typeof WALLET_REASON_KINDS)[number];

/**
 * Why money moved, as a journal entry records it: a kind and its values (shares as "12.50",
 * outcomes as YES or NO), worded for each reader. NOTE keeps text as it was written, for an entry
 * whose sentence could not be read back into a kind.
 */
export interface WalletReason {
  kind: WalletReasonKind;
  params: Record<string, string>;
}

export const walletReason = {
  startingGrant: (): WalletReason => ({ kind: 'STARTING_GRANT', params: {} }),
  recruitBonus: (): WalletReason => ({ kind: 'RECRUIT_BONUS', params: {} }),
  stageReward: (stage: 'TEAMING' | 'INVESTMENT' | 'IMPLEMENTED'): WalletReason => ({ kind: `${stage}_REWARD`, params: {} }),
  marketOpened: (): WalletReason => ({ kind: 'MARKET_OPENED', params: {} }),
  traded: (side: 'BOUGHT' | 'SOLD', shares: string, outcome: 'YES' | 'NO'): WalletReason => ({ kind: side, params: { shares, outcome } }),
  settled: (outcome: 'YES' | 'NO'): WalletReason => ({ kind: 'SETTLED', params: { outcome } }),
  note: (text: string): WalletReason => ({ kind: 'NOTE', params: { text } }),
};

/** The one wording of wallet reasons. The English is, word for word, what entries said before they had kinds. */
export const WALLET_REASON_WORDING: Record<Language, Record<WalletReasonKind, string>> = {
  en: {
    STARTING_GRANT: 'Starting grant for joining',
    RECRUIT_BONUS: 'Recruitment bonus: a colleague you invited took part',
    TEAMING_REWARD: 'Stage reward: your idea reached teaming',
    INVESTMENT_REWARD: 'Stage reward: your idea was floated on the market',
    IMPLEMENTED_REWARD: 'Stage reward: your idea is being implemented',
    MARKET_OPENED: 'Market opened: the market maker’s subsidy',
    BOUGHT: 'Bought {{shares}} {{outcome}} shares',
    SOLD: 'Sold {{shares}} {{outcome}} shares',
    SETTLED: 'Market settled: {{outcome}} paid 1.00 a share',
    NOTE: '{{text}}',
  },
  cy: {
    STARTING_GRANT: 'Grant cychwynnol am ymuno',
    RECRUIT_BONUS: 'Bonws recriwtio: cymerodd cydweithiwr a wahoddoch chi ran',
    TEAMING_REWARD: 'Gwobr cam: cyrhaeddodd eich syniad y cam ffurfio tîm',
    INVESTMENT_REWARD: 'Gwobr cam: rhoddwyd eich syniad ar y farchnad',
    IMPLEMENTED_REWARD: 'Gwobr cam: mae eich syniad yn cael ei roi ar waith',
    MARKET_OPENED: 'Marchnad wedi agor: cymhorthdal y gwneuthurwr marchnad',
    BOUGHT: 'Prynwyd {{shares}} cyfran {{outcome}}',
    SOLD: 'Gwerthwyd {{shares}} cyfran {{outcome}}',
    SETTLED: 'Marchnad wedi setlo: talodd {{outcome}} 1.00 y gyfran',
    NOTE: '{{text}}',
  },
};

export function isWalletReasonKind(kind: string): kind is WalletReasonKind {
  return (WALLET_REASON_KINDS as readonly string[]).includes(kind);
}

export function walletReasonText(language: Language, reason: WalletReason): string {
  const values = Object.fromEntries(
    Object.entries(reason.params).map(([name, value]) => [name, name === 'outcome' ? outcomeNamed(language, value) : value]),
  );
  return fillIn(WALLET_REASON_WORDING[language][reason.kind], values);
}
