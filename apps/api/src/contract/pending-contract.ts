/**
 * Parts of the public contract not served yet, each under the open issue that builds it. The
 * contract test fails when anything else is missing, and also when an entry here has been built
 * (so this list can only shrink, and shrinks in the commit that serves the part).
 */
export const PENDING_CONTRACT: Record<string, string[]> = {
  'issue 6: leaderboards, recruitment, analytics, franchising': [
    'type AuditEntry',
    'type LeaderboardKind', 'type Period', 'type LeaderboardEntry', 'type Recruit', 'type StageCount',
    'type WeeklyParticipation', 'type Analytics', 
    'field Query.leaderboard', 'field Query.myRank', 'field Query.recruits', 'field Query.auditLog',
    'field Query.analytics', 
  ],
};
