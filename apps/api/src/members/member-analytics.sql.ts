/** Members' part of the instance's analytics: the tenant `$1`'s members as (id, role, suspended). */
export const MEMBERS_FOR_ANALYTICS = `SELECT id, role, suspended FROM members WHERE tenant_id = $1`;
