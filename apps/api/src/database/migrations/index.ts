import { Foundation1764000000000 } from './1764000000000-foundation';
import { IdeasCore1764000100000 } from './1764000100000-ideas-core';

/** Every migration, oldest first. The app runs the pending ones at start-up. */
export const MIGRATIONS = [
  Foundation1764000000000,
  IdeasCore1764000100000,
];
