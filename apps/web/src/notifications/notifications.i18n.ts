import type { Translation } from '../i18n/catalogue';

/** The notifications feature's words: the header link and the notifications page. */
export const notificationsEn = {
  link: {
    plain: 'Notifications',
    // Seen as "Notifications (3)"; heard as "Notifications (3) unread".
    withUnread: 'Notifications ({{count}})<hidden> unread</hidden>',
  },
  page: {
    title: 'Notifications',
    loadFailed: 'Sorry, your notifications could not be loaded. Try again in a few minutes.',
    none: 'You have no notifications yet. You will hear here when colleagues support or comment on your ideas.',
    unread_one: 'You have {{count}} unread notification.',
    unread_other: 'You have {{count}} unread notifications.',
    markAll: 'Mark all as read',
    markOne: 'Mark as read',
    markOneLabel: 'Mark as read: {{message}}',
    markedOne: 'Notification marked as read.',
    markedAll_one: '{{count}} notification marked as read.',
    markedAll_other: '{{count}} notifications marked as read.',
    newTag: 'New',
    openIdea: 'Go to “{{idea}}”',
  },
};

export const notificationsCy: Translation<typeof notificationsEn> = {
  link: {
    plain: 'Hysbysiadau',
    withUnread: 'Hysbysiadau ({{count}})<hidden> heb eu darllen</hidden>',
  },
  page: {
    title: 'Hysbysiadau',
    loadFailed: 'Mae’n ddrwg gennym, nid oedd modd llwytho eich hysbysiadau. Rhowch gynnig arall arni ymhen ychydig funudau.',
    none: 'Does gennych chi ddim hysbysiadau eto. Byddwch yn clywed yma pan fydd cydweithwyr yn cefnogi neu’n rhoi sylw ar eich syniadau.',
    unread: 'Mae gennych {{count}} hysbysiad heb ei ddarllen.',
    markAll: 'Marcio’r cyfan wedi’u darllen',
    markOne: 'Marcio wedi’i ddarllen',
    markOneLabel: 'Marcio wedi’i ddarllen: {{message}}',
    markedOne: 'Mae’r hysbysiad wedi’i farcio wedi’i ddarllen.',
    markedAll: '{{count}} hysbysiad wedi’u marcio wedi’u darllen.',
    newTag: 'Newydd',
    openIdea: 'Mynd i “{{idea}}”',
  },
};
