export { LANGUAGES, fillIn, outcomeNamed, type Language } from './language';
export { STAGE_REASON_KINDS, STAGE_REASON_WORDING, isStageReasonKind, stageReason, stageReasonText } from './stage-reason';
export type { StageReason, StageReasonKind } from './stage-reason';
export { WALLET_REASON_KINDS, WALLET_REASON_WORDING, isWalletReasonKind, walletReason, walletReasonText } from './wallet-reason';
export type { WalletReason, WalletReasonKind } from './wallet-reason';
export { stageName } from './stage-name';
export { englishLeftIn } from './english-left-in';
export { ERROR_WORDING, errorText, type ErrorKey, type ErrorValue, type ErrorWords } from './error-wording';
export {
  OUTCOME_MARKET_WORDING,
  implementationQuestionText,
  outcomeQuestionText,
  outcomeResolutionOf,
  outcomeResolutionText,
  type OutcomeResolution,
} from './outcome-market-wording';
