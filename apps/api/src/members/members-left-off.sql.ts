/**
 * SQL for the members a leaderboard leaves off, as `(tenant_id, id)` rows of the tenant given (a
 * parameter or column): suspended members, and board members too on a board of traders. It lives
 * here because members own who is suspended and who sits on the board; a board reads it inside its
 * own ranking statement, where partial indexes find these few rows at no extra statement.
 */
export function membersLeftOffBoard(tenant: string, boardMembersToo: boolean): string {
  const leftOff = boardMembersToo ? `(suspended OR role = 'BOARD')` : 'suspended';
  return `SELECT tenant_id, id FROM members WHERE tenant_id = ${tenant} AND ${leftOff}`;
}
