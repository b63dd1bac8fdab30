import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { InsufficientFunds, NotEnoughShares } from '../../ledger/ledger.errors';
import { SlippageExceeded } from '../../market/market.errors';
import { languageAsked } from '../language/request-language';
import { requestScope } from '../logging/request-scope';
import { Conflict } from './domain-error';
import { formatGraphQLError } from './error-formatter';

const SRC = join(__dirname, '..', '..');

function errorFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return errorFiles(path);
    return entry.name.endsWith('.errors.ts') || entry.name === 'domain-error.ts' ? [relative(SRC, path)] : [];
  });
}

/** A message given as text: a string or template literal straight after `super(`, or after a class's default. */
const ENGLISH_TEXT = /super\(\s*['`"]|\(message = ['`"]|\.field\([^,]+,\s*['`"]|message: ['`"]/;

/** Whether a file's refusals pass text; classes that extend Error itself are bugs, never shown to members. */
const passesText = (source: string) =>
  source
    .split(/^export (?:abstract )?class /m)
    .slice(1)
    .some((block) => !/^\w+ extends Error\b/.test(block) && ENGLISH_TEXT.test(block));

/** Every source file but the specs. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.spec.') ? [path] : [];
  });
}

const format = formatGraphQLError(pino({ enabled: false }));
const sent = (error: Error, language: 'en' | 'cy') =>
  requestScope.run({ requestId: 'wording', language, asked: true }, () =>
    format({ message: error.message }, new GraphQLError(error.message, { originalError: error })),
  );

describe('the API’s refusals in the reader’s language', () => {
  it('are given as words in every capability, never as English text', () => {
    const files = errorFiles(SRC);
    expect(files).toEqual(expect.arrayContaining(['board/board.errors.ts', 'members/members.errors.ts', 'merging/merging.errors.ts']));
    expect(files.filter((file) => passesText(readFileSync(join(SRC, file), 'utf8')))).toEqual([]);
  });

  it('are thrown as words from services, guards and resolvers too', () => {
    const thrownAsText = /new (?:Forbidden|Conflict|BadUserInput|NotFound|Unauthenticated)\(\s*['`"]|\.field\([^,]+,\s*['`"]/;
    const english = sources(SRC)
      .filter((file) => thrownAsText.test(readFileSync(file, 'utf8')) || passesText(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(english).toEqual([]);
  });

  it('give every input check its message as words, never as English text', () => {
    const checks = sources(SRC).filter((file) => readFileSync(file, 'utf8').includes("from 'class-validator'"));
    expect(checks.map((file) => relative(SRC, file))).toEqual(
      expect.arrayContaining(['board/board.inputs.ts', 'tenants/tenant.inputs.ts']),
    );
    const english = checks
      .filter((file) => /message:\s*['`"]|defaultMessage/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(english).toEqual([]);
  });

  it('word a refusal, its values and its fields for a Welsh reader, and in English for anyone else', () => {
    expect(sent(new InsufficientFunds(5000n, 500n), 'cy')).toMatchObject({
      message: 'Mae angen 50.00 ar gyfer hyn ond mae 5.00 yn eich waled.',
      extensions: { code: 'INSUFFICIENT_FUNDS', needed: '50.00', available: '5.00' },
    });
    expect(sent(new InsufficientFunds(5000n, 500n), 'en').message).toBe('This needs 50.00 but your wallet holds 5.00.');
    expect(sent(new SlippageExceeded('cost', 1250n, 1200n), 'cy').message).toBe(
      'Mae’r pris wedi symud: byddai hyn nawr yn costio 12.50, mwy na’ch terfyn o 12.00.',
    );
    expect(sent(new NotEnoughShares(1000n, 250n), 'cy').extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'shares', message: 'Mae gennych 2.50 o’r cyfrannau hyn.' }],
    });
  });

  it('keep a refusal given as text as it was written, and word the unexpected in the reader’s language', () => {
    expect(sent(new Conflict('Already there.'), 'cy').message).toBe('Already there.');
    expect(sent(new Error('boom'), 'cy')).toEqual({
      message: 'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, dywedwch wrth eich gweinyddwr.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('take the language from Accept-Language by weight, English when it names neither', () => {
    expect(languageAsked('cy')).toBe('cy');
    expect(languageAsked('cy-GB,cy;q=0.9,en;q=0.8')).toBe('cy');
    expect(languageAsked('en-GB,cy;q=0.5')).toBe('en');
    expect(languageAsked('fr,cy;q=0.3')).toBe('cy');
    expect(languageAsked('en;q=0.2, cy;q=0.7')).toBe('cy');
    expect(languageAsked('cy;q=0')).toBe('en');
    expect(languageAsked(undefined)).toBe('en');
  });
});
