import argon2 from 'argon2';

/**
 * argon2id with the library's defaults (64 MiB, 3 passes). Under Jest (NODE_ENV=test) the same
 * algorithm runs at argon2's smallest memory and one pass: the suites sign up and sign in
 * thousands of members, and at full cost hashing alone took a minute of a loaded run. A hash
 * records its own parameters, so verifying works whichever cost made it.
 */
const OPTIONS = process.env.NODE_ENV === 'test' ? { memoryCost: 1024, timeCost: 1, parallelism: 1 } : {};

/** The only form a password is stored in. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...OPTIONS });
}

/** Whether `password` is the one `hash` was made from. */
export function passwordMatches(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}
