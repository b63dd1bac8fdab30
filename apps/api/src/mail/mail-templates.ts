/**
 * The e-mails we send, in English and Welsh: plain, one message each, a text part for every HTML
 * part, links written out in full, and no images, so they read well in any client or screen reader.
 */
import type { Language } from '../common/language/language';

export type { Language };

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface DigestItem {
  message: string;
  url: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

interface Section {
  paragraphs: string[];
  link?: { label: string; url: string };
  list?: DigestItem[];
  footer: string[];
}

function compose(lang: Language, subject: string, section: Section): RenderedEmail {
  const text = [
    ...section.paragraphs,
    ...(section.list ?? []).map((item) => `- ${item.message}\n  ${item.url}`),
    ...(section.link ? [`${section.link.label}:\n${section.link.url}`] : []),
    '--',
    ...section.footer,
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5; color: #0b0c0c; max-width: 40em">',
    ...section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(section.list
      ? [`<ul>${section.list.map((item) => `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.message)}</a></li>`).join('')}</ul>`]
      : []),
    ...(section.link
      ? [`<p><a href="${escapeHtml(section.link.url)}">${escapeHtml(section.link.label)}</a></p>`, `<p>${escapeHtml(section.link.url)}</p>`]
      : []),
    '<hr>',
    ...section.footer.map((p) => `<p style="font-size: 16px">${p.includes('http') ? linkify(p) : escapeHtml(p)}</p>`),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

function linkify(line: string): string {
  return escapeHtml(line).replace(/(https?:\/\/\S+)/g, '<a href="$1">$1</a>');
}

const SIGNATURE: Record<Language, string> = {
  en: 'Idea Exchange',
  cy: 'Cyfnewidfa Syniadau',
};

export function verificationEmail(lang: Language, instance: string, name: string, url: string, hours: number): RenderedEmail {
  if (lang === 'cy') {
    return compose(lang, `Cadarnhewch eich cyfeiriad e-bost ar gyfer ${instance}`, {
      paragraphs: [
        `Helo ${name},`,
        `Cadarnhewch mai chi biau'r cyfeiriad hwn i ddechrau defnyddio ${instance}. Mae'r ddolen yn gweithio unwaith, am ${hours} awr.`,
        'Os na wnaethoch chi greu cyfrif, anwybyddwch yr e-bost hwn.',
      ],
      link: { label: 'Cadarnhau fy nghyfeiriad e-bost', url },
      footer: [SIGNATURE.cy],
    });
  }
  return compose(lang, `Confirm your e-mail address for ${instance}`, {
    paragraphs: [
      `Hello ${name},`,
      `Confirm this address is yours to start using ${instance}. The link works once, for ${hours} hours.`,
      'If you did not create an account, you can ignore this e-mail.',
    ],
    link: { label: 'Confirm my e-mail address', url },
    footer: [SIGNATURE.en],
  });
}

export function passwordResetEmail(lang: Language, instance: string, name: string, url: string, minutes: number): RenderedEmail {
  if (lang === 'cy') {
    return compose(lang, `Ailosod eich cyfrinair ar gyfer ${instance}`, {
      paragraphs: [
        `Helo ${name},`,
        `Gofynnodd rhywun am gael ailosod eich cyfrinair. Mae'r ddolen yn gweithio unwaith, am ${minutes} munud, ac mae'n eich allgofnodi ym mhobman arall.`,
        'Os nad chi ofynnodd, anwybyddwch yr e-bost hwn: nid yw eich cyfrinair wedi newid.',
      ],
      link: { label: 'Dewis cyfrinair newydd', url },
      footer: [SIGNATURE.cy],
    });
  }
  return compose(lang, `Reset your password for ${instance}`, {
    paragraphs: [
      `Hello ${name},`,
      `Someone asked to reset your password. The link works once, for ${minutes} minutes, and signs you out everywhere else.`,
      'If it was not you, ignore this e-mail: your password has not changed.',
    ],
    link: { label: 'Choose a new password', url },
    footer: [SIGNATURE.en],
  });
}

export function notificationEmail(lang: Language, instance: string, message: string, url: string, unsubscribeUrl: string): RenderedEmail {
  if (lang === 'cy') {
    return compose(lang, `${instance}: ${message}`, {
      paragraphs: [message],
      link: { label: 'Gweld ar Gyfnewidfa Syniadau', url },
      footer: [`Dim mwy o e-byst fel hyn: ${unsubscribeUrl}`, SIGNATURE.cy],
    });
  }
  return compose(lang, `${instance}: ${message}`, {
    paragraphs: [message],
    link: { label: 'See it on Idea Exchange', url },
    footer: [`No more e-mails like this: ${unsubscribeUrl}`, SIGNATURE.en],
  });
}

export function digestEmail(
  lang: Language,
  instance: string,
  frequency: 'DAILY' | 'WEEKLY',
  items: DigestItem[],
  settingsUrl: string,
  unsubscribeUrl: string,
): RenderedEmail {
  if (lang === 'cy') {
    const period = frequency === 'DAILY' ? 'dyddiol' : 'wythnosol';
    return compose(lang, `${instance}: eich crynodeb ${period} (${items.length})`, {
      paragraphs: [`Dyma beth ddigwyddodd ar ${instance} ers eich crynodeb diwethaf:`],
      list: items,
      footer: [`Newid pa e-byst a gewch: ${settingsUrl}`, `Dim mwy o grynodebau: ${unsubscribeUrl}`, SIGNATURE.cy],
    });
  }
  const period = frequency === 'DAILY' ? 'daily' : 'weekly';
  return compose(lang, `${instance}: your ${period} summary (${items.length})`, {
    paragraphs: [`Here is what happened on ${instance} since your last summary:`],
    list: items,
    footer: [`Change which e-mails you get: ${settingsUrl}`, `No more summaries: ${unsubscribeUrl}`, SIGNATURE.en],
  });
}
