import { Foundation1764000000000 } from './1764000000000-foundation';
import { IdeasCore1764000100000 } from './1764000100000-ideas-core';
import { Ledger1764000300000 } from './1764000300000-ledger';
import { Market1764000310000 } from './1764000310000-market';
import { MemberDirectory1764000400000 } from './1764000400000-member-directory';

/** Every migration, oldest first. The app runs the pending ones at start-up. */
export const MIGRATIONS = [
  Foundation1764000000000,
  IdeasCore1764000100000,
  Ledger1764000300000,
  Market1764000310000,
  MemberDirectory1764000400000,
];
