// How a market opens through the public API, shared by the TypeScript suites and the .mjs
// scripts (CommonJS so both can load it): a member's idea gathers enough support to reach
// TEAMING, its lead writes a complete business case and floats it. There is no shortcut.

const LOWER_BAR = 'mutation($i: TenantSettingsInput!) { updateTenantSettings(input: $i) { id } }';
const SUBMIT = 'mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { id } }';
const SUPPORT = 'mutation($id: ID!) { supportIdea(ideaId: $id) { id } }';
const SAVE_CASE = 'mutation($id: ID!, $c: BusinessCaseInput!) { saveBusinessCase(ideaId: $id, input: $c) { id } }';
const FLOAT = 'mutation($id: ID!) { floatIdea(ideaId: $id) { id stage market { tradeCount } } }';

const BUSINESS_CASE = {
  problem: 'The suites need open markets to trade in.',
  proposal: 'Open each one the way a real team does.',
  benefits: 'The suites test only what members can really do.',
  estimatedAnnualSaving: '100.00',
  oneOffCost: '0.00',
  runningCost: '0.00',
  risks: 'None beyond the usual market risks.',
  measuresOfSuccess: 'The market opens and trades correctly.',
};

/** One supporter buzzes an idea into teaming and a team of one may float it. */
async function lowerTeamingBar(call, adminToken) {
  await call(LOWER_BAR, { i: { buzzThreshold: 1, minTeamSize: 1 } }, adminToken);
}

/**
 * Submits an idea as `leadToken`, supports it as `supporterToken` (another member), saves a
 * complete business case and floats it; resolves to the idea id, whose market is then open.
 * `call(query, variables, token)` resolves to the data of an answer without errors.
 */
async function floatNewMarket(call, { leadToken, supporterToken, title, description }) {
  const { submitIdea } = await call(SUBMIT, { i: { title, description } }, leadToken);
  await call(SUPPORT, { id: submitIdea.id }, supporterToken);
  await call(SAVE_CASE, { id: submitIdea.id, c: BUSINESS_CASE }, leadToken);
  const { floatIdea } = await call(FLOAT, { id: submitIdea.id }, leadToken);
  if (!floatIdea.market) throw new Error(`floating left the idea in ${floatIdea.stage} without a market`);
  return submitIdea.id;
}

module.exports = { lowerTeamingBar, floatNewMarket };
