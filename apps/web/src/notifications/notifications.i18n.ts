import { STAGES, type Stage } from '@idea-exchange/stage-rules';
import { stageName } from '@idea-exchange/wording';
import type { Translation } from '../i18n/catalogue';
import type { Language } from '../i18n/languages';

/** A stage named inside a sentence ("moved to teaming"), in the words the API uses too. */
const stageWords = (language: Language) =>
  Object.fromEntries(STAGES.map((stage) => [stage, stageName(language, stage)])) as Record<Stage, string>;

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
  /**
   * Each notification's wording by kind, from the values the API keeps with it; `KIND_variant`
   * where a kind has several. Stage, outcome and reason are worded here before they are filled in.
   */
  messages: {
    IDEA_SUPPORTED: '{{actor}} supported your idea “{{idea}}”.',
    IDEA_COMMENTED: '{{actor}} commented on your idea “{{idea}}”.',
    COMMENT_REPLIED: '{{actor}} replied to your comment on “{{idea}}”.',
    STAGE_CHANGED: 'Your idea “{{idea}}” moved to {{stage}}: {{reason}}',
    FOLLOWED_IDEA_UPDATED: '“{{idea}}”, an idea you follow, moved to {{stage}}: {{reason}}',
    JOIN_REQUESTED: '{{actor}} asked to join the team of “{{idea}}”.',
    JOIN_ANSWERED_requestAccepted: 'You joined the team of “{{idea}}”.',
    JOIN_ANSWERED_requestDeclined: 'Your request to join the team of “{{idea}}” was declined.',
    JOIN_ANSWERED_inviteAccepted: '{{actor}} accepted your invitation to the team of “{{idea}}”.',
    JOIN_ANSWERED_inviteDeclined: '{{actor}} declined your invitation to the team of “{{idea}}”.',
    TEAM_INVITED: '{{actor}} invited you to join the team of “{{idea}}”.',
    BOARD_DECIDED_implement: 'The board decided to implement “{{idea}}”.',
    BOARD_DECIDED_reject: 'The board decided not to implement “{{idea}}”.',
    MARKET_SETTLED_decided: 'The market on “{{idea}}” settled: {{outcome}} shares paid 1.00 each.',
    MARKET_SETTLED_targetReached:
      '“{{question}}” on “{{idea}}” resolved {{outcome}}: the recorded realised savings reached its target, so {{outcome}} shares paid 1.00 each.',
    MARKET_SETTLED_closedFirst:
      '“{{question}}” on “{{idea}}” resolved {{outcome}}: its closing date passed before the target was reached, so {{outcome}} shares paid 1.00 each.',
    RECRUIT_JOINED: '{{actor}} joined with your invitation. You earn your recruitment bonus when they take part.',
    IDEAS_MERGED: '“{{source}}” was merged into “{{idea}}”, where its support and discussion now are: {{why}}',
    OUTCOME_MARKET_OPENED: 'A market opened on “{{idea}}”: {{question}}',
  },
  stageWords: stageWords('en'),
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
  messages: {
    IDEA_SUPPORTED: 'Mae {{actor}} wedi cefnogi eich syniad “{{idea}}”.',
    IDEA_COMMENTED: 'Mae {{actor}} wedi rhoi sylw ar eich syniad “{{idea}}”.',
    COMMENT_REPLIED: 'Mae {{actor}} wedi ateb eich sylw ar “{{idea}}”.',
    STAGE_CHANGED: 'Mae eich syniad “{{idea}}” wedi symud i’r cam {{stage}}: {{reason}}',
    FOLLOWED_IDEA_UPDATED: 'Mae “{{idea}}”, syniad rydych yn ei ddilyn, wedi symud i’r cam {{stage}}: {{reason}}',
    JOIN_REQUESTED: 'Mae {{actor}} wedi gofyn am gael ymuno â thîm “{{idea}}”.',
    JOIN_ANSWERED_requestAccepted: 'Rydych wedi ymuno â thîm “{{idea}}”.',
    JOIN_ANSWERED_requestDeclined: 'Cafodd eich cais i ymuno â thîm “{{idea}}” ei wrthod.',
    JOIN_ANSWERED_inviteAccepted: 'Mae {{actor}} wedi derbyn eich gwahoddiad i dîm “{{idea}}”.',
    JOIN_ANSWERED_inviteDeclined: 'Mae {{actor}} wedi gwrthod eich gwahoddiad i dîm “{{idea}}”.',
    TEAM_INVITED: 'Mae {{actor}} wedi eich gwahodd i ymuno â thîm “{{idea}}”.',
    BOARD_DECIDED_implement: 'Penderfynodd y bwrdd roi “{{idea}}” ar waith.',
    BOARD_DECIDED_reject: 'Penderfynodd y bwrdd beidio â rhoi “{{idea}}” ar waith.',
    MARKET_SETTLED_decided: 'Mae’r farchnad ar “{{idea}}” wedi setlo: talodd pob cyfran {{outcome}} 1.00.',
    MARKET_SETTLED_targetReached:
      'Penderfynwyd “{{question}}” ar “{{idea}}” yn {{outcome}}: cyrhaeddodd yr arbedion a wireddwyd a gofnodwyd y targed, felly talodd pob cyfran {{outcome}} 1.00.',
    MARKET_SETTLED_closedFirst:
      'Penderfynwyd “{{question}}” ar “{{idea}}” yn {{outcome}}: aeth y dyddiad cau heibio cyn cyrraedd y targed, felly talodd pob cyfran {{outcome}} 1.00.',
    RECRUIT_JOINED: 'Mae {{actor}} wedi ymuno drwy eich gwahoddiad. Byddwch yn ennill eich bonws recriwtio pan fyddan nhw’n cymryd rhan.',
    IDEAS_MERGED: 'Mae “{{source}}” wedi’i gyfuno â “{{idea}}”, lle mae ei gefnogaeth a’i drafodaeth bellach: {{why}}',
    OUTCOME_MARKET_OPENED: 'Mae marchnad wedi agor ar “{{idea}}”: {{question}}',
  },
  stageWords: stageWords('cy'),
};
