/**
 * Words that are English and never Welsh (so not "all", "am", "at", "i", "a" or "o", which Welsh
 * uses too); one of them in a Welsh wording is English left behind. YES and NO count: in Welsh the
 * outcomes are IE and NA.
 */
const ENGLISH_WORDS = new RegExp(
  `\\b(${[
    'the|and|you|your|with|this|that|these|those|of|is|are|was|were|be|been|will|would|should|could|can|not|has|have|had',
    'for|to|in|on|by|it|its|from|or|an|what|when|who|how|which|there|their|they|we|our|here|more|less|than|any|each|every',
    'yes|no|please|choose|enter|sign|share|shares|market|idea|ideas|team|board|member|members|instance|organisation|wallet',
    'trade|buy|sell|price|chance|support|comment|comments|stage|reason|report|settings|save|cancel|delete|edit|search|page',
    'bought|sold|reward|bonus|settled|paid|password|email|again|try|too|many|needs|holds|limit|moved',
  ].join('|')})\\b`,
  'i',
);

// Names kept in any language: the product's own.
const PROPER_NOUNS = /Idea Exchange/g;

/** The words of a wording, without its {{placeholders}}, <linkTags> or proper nouns. */
const wordsOf = (value: string) => value.replace(/\{\{[^}]*\}\}|<\/?[A-Za-z]\w*>/g, ' ').replace(PROPER_NOUNS, ' ');

/** The first English word left in a Welsh wording, if any. */
export function englishLeftIn(welsh: string): string | undefined {
  return ENGLISH_WORDS.exec(wordsOf(welsh))?.[0];
}
