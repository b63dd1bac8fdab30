/**
 * Parts of the public contract not served yet, each under the open issue that builds it. The
 * contract test fails when anything else is missing, and also when an entry here has been built
 * (so this list can only shrink, and shrinks in the commit that serves the part).
 */
export const PENDING_CONTRACT: Record<string, string[]> = {};
