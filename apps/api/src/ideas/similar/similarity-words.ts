/**
 * Words common enough in English or Welsh ideas to say nothing about which idea is meant. Only
 * words of three letters or more are ever looked up, so shorter ones need no entry.
 */
const COMMON_WORDS = new Set([
  // English
  'the',
  'and',
  'for',
  'with',
  'that',
  'this',
  'from',
  'are',
  'was',
  'our',
  'all',
  'can',
  'will',
  'not',
  'but',
  'have',
  'has',
  'more',
  'less',
  'into',
  'than',
  'use',
  'using',
  'should',
  'would',
  'could',
  'about',
  'make',
  'new',
  'get',
  'per',
  'via',
  'your',
  'their',
  'its',
  'them',
  'they',
  'there',
  'which',
  'when',
  'what',
  'who',
  'how',
  'why',
  'each',
  'every',
  'any',
  'some',
  'out',
  'off',
  'over',
  'also',
  'instead',
  'idea',
  'ideas',
  'let',
  'lets',
  'stop',
  'start',
  'you',
  // Welsh
  'mae',
  'gyda',
  'ond',
  'hefyd',
  'sydd',
  'bod',
  'ein',
  'eich',
  'neu',
  'pan',
  'fel',
  'drwy',
  'trwy',
  'wrth',
  'rhag',
  'heb',
  'dros',
  'hyn',
  'hynny',
  'hwn',
  'hon',
  'yma',
  'yno',
  'iawn',
  'mwy',
  'llai',
  'pob',
  'bob',
  'phob',
  'gan',
  'dim',
  'ddim',
  'nid',
  'nad',
  'oes',
  'oedd',
  'fod',
  'ydy',
  'ydym',
  'rydym',
  'syniad',
  'syniadau',
  'dylai',
  'dylem',
  'gallu',
  'gael',
  'cael',
]);

const MAX_WORDS = 8;

/**
 * The telling words of a text as PostgreSQL's 'simple' configuration indexes them (lower case,
 * split at anything not a letter or digit), most telling first: longer words before shorter.
 */
export function tellingWords(text: string, limit = MAX_WORDS): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const telling = [...new Set(words)].filter((word) => word.length >= 3 && !COMMON_WORDS.has(word));
  return telling.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, limit);
}

function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A tsquery text matching ideas that share at least two of the words (one, when only one is
 * given): a single shared common-ish word says little, two rarely happen by chance.
 */
export function sharedWordsQuery(words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  if (words.length === 1) return lexeme(words[0]);
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) pairs.push(`(${lexeme(words[i])} & ${lexeme(words[j])})`);
  }
  return pairs.join(' | ');
}
