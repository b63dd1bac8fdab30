/**
 * Parts of the public contract not served yet, each under the open issue that builds it. The
 * contract test fails when anything else is missing, and also when an entry here has been built
 * (so this list can only shrink, and shrinks in the commit that serves the part).
 */
export const PENDING_CONTRACT: Record<string, string[]> = {
  'issue 3: ideas and buzz': [
    'type IdeaStage', 'type Comment', 'type StageEvent', 'type Idea', 'type IdeaEdge', 'type PageInfo',
    'type IdeaConnection', 'type SubmitIdeaInput', 'type AddCommentInput', 'type IdeaSort', 'type ContentKind',
    'type NotificationKind', 'type Challenge', 'type Report', 'type AuditEntry', 'type Notification',
    'type EditIdeaInput', 'type ChallengeInput', 'type ReportInput',
    'field Query.idea', 'field Query.ideas', 'field Query.challenges', 'field Query.challenge',
    'field Query.notifications', 'field Query.unreadNotificationCount', 'field Query.moderationQueue',
    'field Mutation.submitIdea', 'field Mutation.supportIdea', 'field Mutation.withdrawSupport',
    'field Mutation.addComment', 'field Mutation.editIdea', 'field Mutation.withdrawIdea', 'field Mutation.editComment',
    'field Mutation.deleteComment', 'field Mutation.createChallenge', 'field Mutation.report',
    'field Mutation.hideContent', 'field Mutation.restoreContent', 'field Mutation.markNotificationsRead',
    'type Subscription', 'schema Subscription root',
  ],
  'issue 4: ledger and market': [
    'type Outcome', 'type Market', 'type Float', 'type Position', 'type Portfolio', 'type Trade', 'type LedgerAudit',
    'type BuyInput', 'type SellInput', 'type TradeSide', 'type Quote', 'type PricePoint', 'type WalletEntry',
    'type QuoteInput', 'field Member.balance',
    'field Query.portfolio', 'field Query.ledgerAudit', 'field Query.quote', 'field Query.priceHistory',
    'field Query.walletHistory', 'field Mutation.buyShares', 'field Mutation.sellShares',
  ],
  'issue 5: teaming and the board': [
    'type Decision', 'type JoinRequestStatus', 'type JoinRequest', 'type BusinessCase', 'type Review',
    'type BusinessCaseInput', 'type ReviewInput', 'type DecideInput', 'type TeamInviteStatus', 'type BoardDecision',
    'type ImpactRecord', 'type TeamInvite', 'type ImpactSummary', 'type ImpactInput',
    'field Query.boardQueue', 'field Query.impact',
    'field Mutation.requestToJoin', 'field Mutation.answerJoinRequest', 'field Mutation.saveBusinessCase',
    'field Mutation.floatIdea', 'field Mutation.reviewIdea', 'field Mutation.decideIdea', 
    'field Mutation.inviteToTeam', 'field Mutation.answerTeamInvite', 'field Mutation.removeTeamMember',
    'field Mutation.leaveTeam', 'field Mutation.recordImpact',
  ],
  'issue 6: leaderboards, recruitment, analytics, franchising': [
    'type LeaderboardKind', 'type Period', 'type LeaderboardEntry', 'type Recruit', 'type StageCount',
    'type WeeklyParticipation', 'type Analytics', 'type TenantSummary',
    'field Query.leaderboard', 'field Query.myRank', 'field Query.recruits', 'field Query.auditLog',
    'field Query.analytics', 'field Query.tenants', 'field Mutation.suspendMember', 'field Mutation.suspendTenant',
  ],
};
