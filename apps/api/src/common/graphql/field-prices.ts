import type { GraphQLField } from 'graphql';

/**
 * Fields that cost more than a column read, priced by what they do per parent: a database
 * transaction of their own (not batched across parents) or work on the text. Every other field
 * costs 1; a field may also carry its own price as `complexity` in its extensions.
 */
const PRICES: Record<string, number> = {
  // A transaction per idea, reading the team, the business case and the member count.
  'Idea.floatReadiness': 50,
  // Markdown rendered and sanitised on every read.
  'Idea.descriptionHtml': 10,
  // Queries of their own per idea, not batched.
  'Idea.joinRequests': 10,
  'Idea.teamInvites': 10,
  'Idea.businessCaseVersions': 10,
  'Idea.teamHoldings': 10,
  'TeamInvite.idea': 5,
};

export function fieldPrice(parentType: string, field: GraphQLField<unknown, unknown>): number {
  const own = field.extensions?.complexity;
  if (typeof own === 'number') return own;
  return PRICES[`${parentType}.${field.name}`] ?? 1;
}
