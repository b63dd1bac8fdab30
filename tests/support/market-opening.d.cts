export type Call = (query: string, variables: Record<string, unknown>, token: string) => Promise<unknown>;

export function lowerTeamingBar(call: Call, adminToken: string): Promise<void>;

export function floatNewMarket(
  call: Call,
  market: { leadToken: string; supporterToken: string; title: string; description: string },
): Promise<string>;
