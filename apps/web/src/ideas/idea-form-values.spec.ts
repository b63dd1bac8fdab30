import { describe, expect, it } from '@jest/globals';
import { ideaFormErrors, parseTags, type IdeaFormMessages, type IdeaFormValues } from './idea-form-values';

const MESSAGES: IdeaFormMessages = {
  titleMissing: 'title missing',
  titleLength: 'title length',
  descriptionMissing: 'description missing',
  descriptionTooLong: 'description too long',
  tooManyTags: 'too many tags',
  tagTooLong: 'tag too long',
};
const VALID: IdeaFormValues = { title: 'Print less paper', description: 'Use screens.', tags: 'paper', challengeId: '' };

describe('the idea form', () => {
  it('reads comma-separated tags as the API keeps them: trimmed, lower-case, each once', () => {
    expect(parseTags(' Paper,printing  press,, PAPER ,')).toEqual(['paper', 'printing press']);
    expect(parseTags('   ')).toEqual([]);
  });

  it('accepts a title of 5 to 140 characters and a description up to 20,000', () => {
    expect(ideaFormErrors(VALID, MESSAGES)).toEqual([]);
    expect(ideaFormErrors({ ...VALID, title: 'x'.repeat(140), description: 'y'.repeat(20_000) }, MESSAGES)).toEqual([]);
  });

  it('names each problem once, in the order of the fields', () => {
    expect(ideaFormErrors({ title: ' ', description: '', tags: 'a,b,c,d,e,f,g,h,i,j,k', challengeId: '' }, MESSAGES)).toEqual([
      { fieldId: 'title', message: 'title missing' },
      { fieldId: 'description', message: 'description missing' },
      { fieldId: 'tags', message: 'too many tags' },
    ]);
    expect(ideaFormErrors({ ...VALID, title: 'Tiny', description: 'y'.repeat(20_001), tags: 'x'.repeat(31) }, MESSAGES)).toEqual([
      { fieldId: 'title', message: 'title length' },
      { fieldId: 'description', message: 'description too long' },
      { fieldId: 'tags', message: 'tag too long' },
    ]);
  });
});
