import { Foundation1764000000000 } from './1764000000000-foundation';
import { IdeasCore1764000100000 } from './1764000100000-ideas-core';
import { IdeasAndChallenges1764000200000 } from './1764000200000-ideas-and-challenges';
import { Engagement1764000210000 } from './1764000210000-engagement';
import { ModerationAndNotifications1764000220000 } from './1764000220000-moderation-and-notifications';
import { Ledger1764000300000 } from './1764000300000-ledger';
import { Market1764000310000 } from './1764000310000-market';
import { MemberDirectory1764000400000 } from './1764000400000-member-directory';
import { Teams1764000410000 } from './1764000410000-teams';
import { BoardAndImpact1764000420000 } from './1764000420000-board-and-impact';
import { LeaderboardsAndRecruits1764000500000 } from './1764000500000-leaderboards-and-recruits';
import { LeaderboardSuspendedMembers1764000600000 } from './1764000600000-leaderboard-suspended-members';
import { LedgerFeed1764000610000 } from './1764000610000-ledger-feed';
import { SharedProcessState1765900000000 } from './1765900000000-shared-process-state';
import { ReachingPeople1765700000000 } from './1765700000000-reaching-people';
import { DecisionDisclosures1765200000000 } from './1765200000000-decision-disclosures';
import { InviteLimits1765200100000 } from './1765200100000-invite-limits';
import { IdeasThatFindEachOther1765800000000 } from './1765800000000-ideas-that-find-each-other';
import { TradeRequestHash1766000000000 } from './1766000000000-trade-request-hash';
import { MemberLanguage1766010000000 } from './1766010000000-member-language';
import { LeaderboardRanks1766110000000 } from './1766110000000-leaderboard-ranks';
import { IdeaWords1766120000000 } from './1766120000000-idea-words';
import { IdeaFeed1766120100000 } from './1766120100000-idea-feed';
import { IdeaCounts1766120200000 } from './1766120200000-idea-counts';
import { WordsInEveryLanguage1766170000000 } from './1766170000000-words-in-every-language';
import { SizedLiquidity1766160000000 } from './1766160000000-sized-liquidity';
import { IdeaTitleWords1766190000000 } from './1766190000000-idea-title-words';
import { AppTime1766200000000 } from './1766200000000-app-time';
import { WalletReasons1766210000000 } from './1766210000000-wallet-reasons';
import { MarketsOwnTradeChecks1766230000000 } from './1766230000000-markets-own-trade-checks';

/** Every migration, oldest first. The app runs the pending ones at start-up. */
export const MIGRATIONS = [
  Foundation1764000000000,
  IdeasCore1764000100000,
  IdeasAndChallenges1764000200000,
  Engagement1764000210000,
  ModerationAndNotifications1764000220000,
  Ledger1764000300000,
  Market1764000310000,
  MemberDirectory1764000400000,
  Teams1764000410000,
  BoardAndImpact1764000420000,
  LeaderboardsAndRecruits1764000500000,
  LeaderboardSuspendedMembers1764000600000,
  LedgerFeed1764000610000,
  SharedProcessState1765900000000,
  ReachingPeople1765700000000,
  DecisionDisclosures1765200000000,
  InviteLimits1765200100000,
  IdeasThatFindEachOther1765800000000,
  TradeRequestHash1766000000000,
  MemberLanguage1766010000000,
  LeaderboardRanks1766110000000,
  IdeaWords1766120000000,
  IdeaFeed1766120100000,
  IdeaCounts1766120200000,
  SizedLiquidity1766160000000,
  WordsInEveryLanguage1766170000000,
  IdeaTitleWords1766190000000,
  AppTime1766200000000,
  WalletReasons1766210000000,
  MarketsOwnTradeChecks1766230000000,
];
