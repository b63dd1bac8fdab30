/** What an instance's markets are sized by when its admin has not set a liquidity. */
export interface InstanceSize {
  /** The starting grant, in hundredths. */
  startingGrant: bigint;
  /** Members who can trade (not suspended). */
  members: number;
}

/** Never below the liquidity instances started with, so a grant of nothing still gives a market. */
export const MIN_DEFAULT_LIQUIDITY = 10_000n;
/** The largest liquidity an admin may set: the same ceiling as every other amount in the settings. */
export const MAX_DEFAULT_LIQUIDITY = 100_000_000_00n;
/** A crowd of this size or fewer gets b equal to one starting grant. */
const SMALL_CROWD = 4;
/** Past this many members the market deepens no further: a few points per stake is already less than one. */
const LARGEST_FACTOR = 10;

/**
 * The liquidity b of a new market on an instance of this size. At b equal to one starting grant,
 * spending a tenth of the grant moves a fresh 50% market by under 5 points (b·ln(1/0.9) ≈ 0.105·b
 * buys YES to 55%); a bigger crowd brings more money to every market, so b grows with the square
 * root of the members (a hundred members: five grants), so that the crowd, not one member, sets
 * the price. Rounded up to a whole unit of currency, which only deepens the market.
 */
export function defaultLiquidity({ startingGrant, members }: InstanceSize): bigint {
  const factor = Math.min(LARGEST_FACTOR, Math.max(1, Math.sqrt(Math.max(members, 0) / SMALL_CROWD)));
  // Whole units as a float only for the scaling; the grant itself stays exact below 2^53 hundredths.
  const units = BigInt(Math.ceil((Number(startingGrant) * factor) / 100));
  const b = units * 100n;
  if (b < MIN_DEFAULT_LIQUIDITY) return MIN_DEFAULT_LIQUIDITY;
  return b > MAX_DEFAULT_LIQUIDITY ? MAX_DEFAULT_LIQUIDITY : b;
}
