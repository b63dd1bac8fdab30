import type { Translation } from '../i18n/catalogue';
import { ideaListCy, ideaListEn } from './idea-list.i18n';
import { ideaPageCy, ideaPageEn } from './idea-page.i18n';
import { ideaCommentsCy, ideaCommentsEn } from './idea-comments.i18n';
import { ideaTimelineCy, ideaTimelineEn } from './idea-timeline.i18n';
import { ideaFormCy, ideaFormEn } from './idea-form.i18n';

/** The ideas feature's words, one namespace gathered from each page's own catalogue. */
export const ideasEn = {
  ...ideaListEn,
  ...ideaPageEn,
  ...ideaCommentsEn,
  ...ideaTimelineEn,
  ...ideaFormEn,
};

export const ideasCy: Translation<typeof ideasEn> = {
  ...ideaListCy,
  ...ideaPageCy,
  ...ideaCommentsCy,
  ...ideaTimelineCy,
  ...ideaFormCy,
};
