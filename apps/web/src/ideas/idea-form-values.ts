import type { FormErrors } from '../forms/form-errors';

export const TITLE_MIN = 5;
export const TITLE_MAX = 140;
export const DESCRIPTION_MAX = 20_000;
export const TAGS_MAX = 10;
export const TAG_MAX = 30;

/** API field name -> input id, in the order of the form. */
export const IDEA_FIELD_IDS = { title: 'title', description: 'description', tags: 'tags', challengeId: 'challenge' } as const;

export interface IdeaFormValues {
  title: string;
  description: string;
  /** As typed: comma-separated. */
  tags: string;
  /** Empty for none. */
  challengeId: string;
}

/** The words for each problem the form finds itself, in the page's language. */
export interface IdeaFormMessages {
  titleMissing: string;
  titleLength: string;
  descriptionMissing: string;
  descriptionTooLong: string;
  tooManyTags: string;
  tagTooLong: string;
}

/** "Paper, Printing ,, paper" -> ["paper", "printing"]: as the API keeps them, each once. */
export function parseTags(typed: string): string[] {
  const tags = typed
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** The form's problems, in field order, before anything is sent; the API checks again. */
export function ideaFormErrors(values: IdeaFormValues, messages: IdeaFormMessages): FormErrors {
  const errors: Array<{ fieldId: string; message: string }> = [];
  const title = values.title.trim();
  if (title === '') errors.push({ fieldId: IDEA_FIELD_IDS.title, message: messages.titleMissing });
  else if (title.length < TITLE_MIN || title.length > TITLE_MAX)
    errors.push({ fieldId: IDEA_FIELD_IDS.title, message: messages.titleLength });
  if (values.description.trim() === '') errors.push({ fieldId: IDEA_FIELD_IDS.description, message: messages.descriptionMissing });
  else if (values.description.length > DESCRIPTION_MAX)
    errors.push({ fieldId: IDEA_FIELD_IDS.description, message: messages.descriptionTooLong });
  const tags = parseTags(values.tags);
  if (tags.length > TAGS_MAX) errors.push({ fieldId: IDEA_FIELD_IDS.tags, message: messages.tooManyTags });
  else if (tags.some((tag) => tag.length > TAG_MAX)) errors.push({ fieldId: IDEA_FIELD_IDS.tags, message: messages.tagTooLong });
  return errors;
}
