import type { Translation } from '../i18n/catalogue';

/** The recruitment page, in English. */
export const recruitmentEn = {
  title: 'Invite colleagues',
  intro:
    'Share an invitation link with colleagues. When someone joins with it and takes part, by posting, supporting, commenting or trading, you are paid a recruitment bonus, up to a monthly limit.',
  create: 'Create an invitation link',
  creating: 'Creating…',
  linkLabel: 'Invitation link',
  linkHint: 'Anyone with this link can join using your invitation.',
  copy: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Your browser did not let us copy the link. Select it and copy it yourself.',
  recruits: {
    caption: 'Your recruits',
    none: 'Nobody has joined with your invitations yet.',
    name: 'Name',
    joined: 'Joined',
    tookPart: 'Took part',
    bonus: 'Bonus paid',
    yes: 'Yes',
    no: 'No',
  },
};

export const recruitmentCy: Translation<typeof recruitmentEn> = {
  title: 'Gwahodd cydweithwyr',
  intro:
    'Rhannwch ddolen wahodd gyda chydweithwyr. Pan fydd rhywun yn ymuno â hi ac yn cymryd rhan, drwy gyflwyno, cefnogi, rhoi sylw neu fasnachu, cewch fonws recriwtio, hyd at derfyn misol.',
  create: 'Creu dolen wahodd',
  creating: 'Wrthi’n creu…',
  linkLabel: 'Dolen wahodd',
  linkHint: 'Gall unrhyw un sydd â’r ddolen hon ymuno drwy eich gwahoddiad.',
  copy: 'Copïo’r ddolen',
  copied: 'Dolen wedi’i chopïo',
  copyFailed: 'Wnaeth eich porwr ddim gadael i ni gopïo’r ddolen. Dewiswch hi a’i chopïo eich hun.',
  recruits: {
    caption: 'Eich recriwtiaid',
    none: 'Does neb wedi ymuno drwy eich gwahoddiadau eto.',
    name: 'Enw',
    joined: 'Ymunodd',
    tookPart: 'Wedi cymryd rhan',
    bonus: 'Bonws a dalwyd',
    yes: 'Do',
    no: 'Naddo',
  },
};
