import { fillIn, type Language } from '../common/language/language';
import type { Stage as StageName } from '@idea-exchange/stage-rules';
import { outcomeQuestionText, stageName, stageReasonText, isStageReasonKind, type StageReason } from '@idea-exchange/wording';
import type { NotificationKindName } from './notification.entity';

/**
 * What a notification says, kept as its kind and the values it names (who, which idea, which
 * stage), so the app and each e-mail word it in the reader's own language. `variant` picks one
 * wording where a kind has several (a join request accepted or declined, say).
 */
export interface NotificationContent {
  kind: NotificationKindName;
  params: Record<string, string>;
}

type Variants = Record<string, string>;
type Wording = Record<NotificationKindName, string | Variants>;

const ENGLISH: Wording = {
  IDEA_SUPPORTED: '{{actor}} supported your idea "{{idea}}".',
  IDEA_COMMENTED: '{{actor}} commented on your idea "{{idea}}".',
  COMMENT_REPLIED: '{{actor}} replied to your comment on "{{idea}}".',
  STAGE_CHANGED: 'Your idea "{{idea}}" moved to {{stage}}: {{reason}}',
  FOLLOWED_IDEA_UPDATED: '"{{idea}}", an idea you follow, moved to {{stage}}: {{reason}}',
  JOIN_REQUESTED: '{{actor}} asked to join the team of "{{idea}}".',
  JOIN_ANSWERED: {
    requestAccepted: 'You joined the team of "{{idea}}".',
    requestDeclined: 'Your request to join the team of "{{idea}}" was declined.',
    inviteAccepted: '{{actor}} accepted your invitation to the team of "{{idea}}".',
    inviteDeclined: '{{actor}} declined your invitation to the team of "{{idea}}".',
  },
  TEAM_INVITED: '{{actor}} invited you to join the team of "{{idea}}".',
  BOARD_DECIDED: {
    implement: 'The board decided to implement "{{idea}}".',
    reject: 'The board decided not to implement "{{idea}}".',
  },
  MARKET_SETTLED: {
    decided: 'The market on "{{idea}}" settled: {{outcome}} shares paid 1.00 each.',
    targetReached:
      '"{{question}}" on "{{idea}}" resolved {{outcome}}: the recorded realised savings reached its target, so {{outcome}} shares paid 1.00 each.',
    closedFirst:
      '"{{question}}" on "{{idea}}" resolved {{outcome}}: its closing date passed before the target was reached, so {{outcome}} shares paid 1.00 each.',
  },
  RECRUIT_JOINED: '{{actor}} joined with your invitation. You earn your recruitment bonus when they take part.',
  IDEAS_MERGED: '"{{source}}" was merged into "{{idea}}", where its support and discussion now are: {{why}}',
  OUTCOME_MARKET_OPENED: 'A market opened on "{{idea}}": {{question}}',
};

const WELSH: Wording = {
  IDEA_SUPPORTED: 'Mae {{actor}} wedi cefnogi eich syniad “{{idea}}”.',
  IDEA_COMMENTED: 'Mae {{actor}} wedi rhoi sylw ar eich syniad “{{idea}}”.',
  COMMENT_REPLIED: 'Mae {{actor}} wedi ateb eich sylw ar “{{idea}}”.',
  STAGE_CHANGED: 'Mae eich syniad “{{idea}}” wedi symud i’r cam {{stage}}: {{reason}}',
  FOLLOWED_IDEA_UPDATED: 'Mae “{{idea}}”, syniad rydych yn ei ddilyn, wedi symud i’r cam {{stage}}: {{reason}}',
  JOIN_REQUESTED: 'Mae {{actor}} wedi gofyn am gael ymuno â thîm “{{idea}}”.',
  JOIN_ANSWERED: {
    requestAccepted: 'Rydych wedi ymuno â thîm “{{idea}}”.',
    requestDeclined: 'Cafodd eich cais i ymuno â thîm “{{idea}}” ei wrthod.',
    inviteAccepted: 'Mae {{actor}} wedi derbyn eich gwahoddiad i dîm “{{idea}}”.',
    inviteDeclined: 'Mae {{actor}} wedi gwrthod eich gwahoddiad i dîm “{{idea}}”.',
  },
  TEAM_INVITED: 'Mae {{actor}} wedi eich gwahodd i ymuno â thîm “{{idea}}”.',
  BOARD_DECIDED: {
    implement: 'Penderfynodd y bwrdd roi “{{idea}}” ar waith.',
    reject: 'Penderfynodd y bwrdd beidio â rhoi “{{idea}}” ar waith.',
  },
  MARKET_SETTLED: {
    decided: 'Mae’r farchnad ar “{{idea}}” wedi setlo: talodd pob cyfran {{outcome}} 1.00.',
    targetReached:
      'Penderfynwyd “{{question}}” ar “{{idea}}” yn {{outcome}}: cyrhaeddodd yr arbedion a wireddwyd a gofnodwyd y targed, felly talodd pob cyfran {{outcome}} 1.00.',
    closedFirst:
      'Penderfynwyd “{{question}}” ar “{{idea}}” yn {{outcome}}: aeth y dyddiad cau heibio cyn cyrraedd y targed, felly talodd pob cyfran {{outcome}} 1.00.',
  },
  RECRUIT_JOINED: 'Mae {{actor}} wedi ymuno drwy eich gwahoddiad. Byddwch yn ennill eich bonws recriwtio pan fyddan nhw’n cymryd rhan.',
  IDEAS_MERGED: 'Mae “{{source}}” wedi’i gyfuno â “{{idea}}”, lle mae ei gefnogaeth a’i drafodaeth bellach: {{why}}',
  OUTCOME_MARKET_OPENED: 'Mae marchnad wedi agor ar “{{idea}}”: {{question}}',
};

const OUTCOME_WORDS: Record<Language, Record<string, string>> = { en: { YES: 'YES', NO: 'NO' }, cy: { YES: 'IE', NO: 'NA' } };

type StageChange = { idea: string; stage: StageName; reason: StageReason };

/**
 * An outcome market's question: its English text (what older clients show) and the target and
 * closing date it is worded from in the reader's language.
 */
export interface OutcomeQuestion {
  question: string;
  target: string;
  closesAt: string;
}

/** The notifications the app sends, each built from the values it names. */
export const notice = {
  supported: (actor: string, idea: string): NotificationContent => ({ kind: 'IDEA_SUPPORTED', params: { actor, idea } }),
  commented: (actor: string, idea: string): NotificationContent => ({ kind: 'IDEA_COMMENTED', params: { actor, idea } }),
  replied: (actor: string, idea: string): NotificationContent => ({ kind: 'COMMENT_REPLIED', params: { actor, idea } }),
  stageChanged: (change: StageChange): NotificationContent => ({ kind: 'STAGE_CHANGED', params: stageParams(change) }),
  followedIdeaMoved: (change: StageChange): NotificationContent => ({ kind: 'FOLLOWED_IDEA_UPDATED', params: stageParams(change) }),
  joinRequested: (actor: string, idea: string): NotificationContent => ({ kind: 'JOIN_REQUESTED', params: { actor, idea } }),
  joinAnswered: (idea: string, accepted: boolean): NotificationContent => ({
    kind: 'JOIN_ANSWERED',
    params: { variant: accepted ? 'requestAccepted' : 'requestDeclined', idea },
  }),
  inviteAnswered: (actor: string, idea: string, accepted: boolean): NotificationContent => ({
    kind: 'JOIN_ANSWERED',
    params: { variant: accepted ? 'inviteAccepted' : 'inviteDeclined', actor, idea },
  }),
  invited: (actor: string, idea: string): NotificationContent => ({ kind: 'TEAM_INVITED', params: { actor, idea } }),
  boardDecided: (idea: string, implement: boolean): NotificationContent => ({
    kind: 'BOARD_DECIDED',
    params: { variant: implement ? 'implement' : 'reject', idea },
  }),
  marketSettled: (idea: string, outcome: 'YES' | 'NO'): NotificationContent => ({
    kind: 'MARKET_SETTLED',
    params: { variant: 'decided', idea, outcome },
  }),
  outcomeMarketResolved: (question: OutcomeQuestion, idea: string, outcome: 'YES' | 'NO'): NotificationContent => ({
    kind: 'MARKET_SETTLED',
    params: { variant: outcome === 'YES' ? 'targetReached' : 'closedFirst', ...question, idea, outcome },
  }),
  recruitJoined: (actor: string): NotificationContent => ({ kind: 'RECRUIT_JOINED', params: { actor } }),
  ideasMerged: (source: string, idea: string, why: string): NotificationContent => ({
    kind: 'IDEAS_MERGED',
    params: { source, idea, why },
  }),
  outcomeMarketOpened: (idea: string, question: OutcomeQuestion): NotificationContent => ({
    kind: 'OUTCOME_MARKET_OPENED',
    params: { idea, ...question },
  }),
};

/** A stage change's values side by side: the reason's own kind as `reason`, its values beside it. */
function stageParams({ idea, stage, reason }: StageChange): Record<string, string> {
  return { ...reason.params, idea, stage, reason: reason.kind };
}

/** The notification in the reader's language; undefined if its values do not fit its kind. */
export function notificationText(language: Language, content: NotificationContent): string | undefined {
  const wording = (language === 'cy' ? WELSH : ENGLISH)[content.kind];
  const { variant, ...params } = content.params;
  const template = typeof wording === 'string' ? wording : variant ? wording[variant] : undefined;
  if (template === undefined) return undefined;
  const values = { ...params };
  if (params.stage) values.stage = stageName(language, params.stage);
  if (params.outcome) values.outcome = OUTCOME_WORDS[language][params.outcome] ?? params.outcome;
  if (params.reason && isStageReasonKind(params.reason)) values.reason = stageReasonText(language, { kind: params.reason, params });
  if (params.question && params.target && params.closesAt)
    values.question = outcomeQuestionText(language, params.target, new Date(params.closesAt));
  return fillIn(template, values);
}
