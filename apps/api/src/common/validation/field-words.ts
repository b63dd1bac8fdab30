import { errorText, type ErrorKey, type ErrorValue, type ErrorWords } from '@idea-exchange/wording';
import type { ValidationOptions } from 'class-validator';

/** The context a worded check carries to the validation pipe. */
export interface WordedContext {
  words: ErrorWords;
}

/**
 * A check's message as words (libs/wording): class-validator and English readers get its English
 * text, and the validation pipe words it for readers of other languages.
 */
export function worded(key: ErrorKey, values?: Readonly<Record<string, ErrorValue>>, options: ValidationOptions = {}): ValidationOptions {
  const words: ErrorWords = values ? { key, values } : { key };
  return { ...options, message: errorText('en', words), context: { words } satisfies WordedContext };
}
