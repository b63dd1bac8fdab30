import { fillIn, outcomeNamed, type Language } from './language';
import { stageName } from './stage-name';

/**
 * What the API says when it refuses, in each language, by the refusal's key. The English is what
 * the API said before it spoke Welsh, word for word, so clients that match on it keep working.
 */
export const ERROR_WORDING = {
  en: {
    SIGN_IN_NEEDED: 'Sign in to do this.',
    NOT_PERMITTED: 'You do not have permission to do this.',
    INPUT_NOT_VALID: 'The input is not valid.',
    RATE_LIMITED: 'Too many attempts. Try again in {{minutes}} minute(s).',
    SOMETHING_WENT_WRONG: 'Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.',

    INSUFFICIENT_FUNDS: 'This needs {{needed}} but your wallet holds {{available}}.',
    NOT_ENOUGH_SHARES: 'You hold {{held}} of these shares, so you cannot sell {{selling}}.',
    SHARES_HELD: 'You hold {{held}} of these shares.',

    MARKET_NOT_FOUND: 'A market for that idea was not found.',
    IDEA_NOT_FOUND: 'That idea was not found.',
    MARKET_CLOSED: 'This market has been settled, so it no longer trades.',
    MARKET_PAST_CLOSING_DATE: 'This market has passed its closing date, so it no longer trades.',
    PRICE_MOVED_COST: 'The price moved: this would now cost {{cost}}, more than your limit of {{limit}}.',
    PRICE_MOVED_PROCEEDS: 'The price moved: this would now pay {{proceeds}}, less than your limit of {{limit}}.',
    BOARD_MAY_NOT_TRADE: 'Board members decide how markets settle, so they do not trade or ask for quotes to trade.',
    ADMIN_MAY_NOT_TRADE: 'Admins appoint the board that decides how markets settle, so they do not trade or ask for quotes to trade.',
    HIDDEN_IDEA_MAY_NOT_TRADE: 'Moderators have hidden this idea, so its market does not trade until it is shown again.',
    POOL_SHORTFALL:
      'This market’s pool holds {{pool}} but its winners are owed {{owed}}, so it cannot settle. The fault has been logged for the operator.',
    SPEND_OR_SHARES: 'Give either an amount to spend or a number of shares, not both.',
    SPEND_OR_SHARES_FIELD: 'Give either an amount to spend or a number of shares.',
    SELL_QUOTE_NEEDS_SHARES: 'A sell quote needs a number of shares.',
    IDEMPOTENCY_KEY_REUSED: 'This idempotency key was already used for a different trade. Use a new key for a new trade.',
    MARKET_ALREADY_OPEN: 'This idea already has a market.',
    IDEA_NOT_FLOATABLE: 'An idea in {{stage}} cannot be floated.',
    ALREADY_SETTLED: 'This market was already settled {{outcome}}.',

    WRONG_CREDENTIALS: 'The e-mail address or password is not right.',
    MEMBER_SUSPENDED: 'Your account is suspended. Ask an admin of your organisation if you think this is a mistake.',
    SIGN_UP_RESTRICTED:
      'This organisation’s Idea Exchange is for invited colleagues: use an e-mail address of an allowed domain, or an invite code.',
    EMAIL_NOT_VERIFIED: 'Confirm your e-mail address first: follow the link we sent you, or ask for a new one.',
    LINK_NOT_VALID: 'That link has expired or has already been used. Ask for a new one.',
    WRONG_CURRENT_PASSWORD: 'Your current password is not right.',
    EMAIL_FORMAT: 'Enter an e-mail address in the right format, like name@example.gov.uk',
    SIGN_IN_EXPIRED: 'Your sign-in has expired or is not valid. Sign in again.',
    SIGN_IN_NO_LONGER_VALID: 'Your sign-in is no longer valid. Sign in again.',
    ACCOUNT_SUSPENDED: 'Your account is suspended.',

    NOT_TEAMING: 'Teams can only change while the idea is in the teaming stage.',
    NOT_THE_LEAD: 'Only the idea’s author, who leads its team, can do this.',
    NOT_ON_THE_TEAM: 'Only members of the idea’s team can do this.',
    TEAM_FULL: 'The team is full: your organisation allows {{max}} people per team, lead included.',
    ALREADY_ON_TEAM: 'That person is already on the team.',
    ALREADY_ANSWERED: 'This has already been answered.',
    JOIN_REQUEST_NOT_FOUND: 'That join request was not found.',
    TEAM_INVITE_NOT_FOUND: 'That team invitation was not found.',
    LEAD_CANNOT_LEAVE: 'The lead cannot leave their own team; withdraw the idea instead.',

    MEMBER_NOT_FOUND: 'That member was not found.',
    EMAIL_TAKEN: 'An account with this e-mail address already exists in this organisation. Sign in instead.',
    LAST_ADMIN: 'An organisation needs at least one admin: make someone else an admin first.',
    CANNOT_SUSPEND_SELF: 'You cannot suspend yourself.',
    SUSPENDED_MEMBERS_ADMIN_ONLY: 'Only admins can list suspended members.',
    SUSPENSION_REASON_TOO_LONG: 'Keep the reason to {{limit}} characters or fewer.',

    TENANT_NOT_FOUND: 'That organisation was not found.',
    SLUG_TAKEN: 'The short name “{{slug}}” is already used by another organisation.',
    TENANT_SUSPENDED: 'This organisation is suspended: you can read what is there, but not sign in or make changes.',

    UNKNOWN_INVITE_CODE: 'That invite code is not valid for this organisation.',
    INVITE_EXPIRED: 'That invite code has expired. Ask the colleague who sent it for a new one.',
    INVITE_USED_UP: 'That invite code has admitted as many people as it can. Ask the colleague who sent it for a new one.',

    NOT_THE_AUTHOR_EDIT: 'Only the author of an idea can edit it.',
    NOT_THE_AUTHOR_WITHDRAW: 'Only the author of an idea can withdraw it.',
    IDEA_NOT_EDITABLE: 'This idea has left the buzz stage, so it can no longer be edited.',
    IDEA_NOT_WITHDRAWABLE: 'This idea can no longer be withdrawn: it has been floated or has already ended.',
    STAGE_MOVE_NOT_ALLOWED: 'An idea in {{from}} cannot move to {{to}}.',
    STAGE_CHANGED_MEANWHILE: 'This idea changed stage while you were acting on it. Reload it and try again.',

    OWN_IDEA: 'You cannot support your own idea.',
    IDEA_CLOSED_TO_ENGAGEMENT: 'This idea has been archived or rejected, so it takes no more support or comments.',
    COMMENT_NOT_FOUND: 'That comment was not found.',
    NOT_THE_COMMENT_AUTHOR_EDIT: 'Only the author of a comment can edit it.',
    NOT_THE_COMMENT_AUTHOR_DELETE: 'Only the author of a comment can delete it.',
    COMMENT_DELETED: 'This comment has been deleted, so it can no longer be edited.',

    CHALLENGE_NOT_FOUND: 'That challenge was not found.',
    CHALLENGE_NOT_YET_OPEN: 'This challenge is not open for ideas yet.',
    CHALLENGE_CLOSED: 'This challenge has closed and takes no more ideas.',

    OUTCOME_MARKET_NOT_IMPLEMENTED: 'Outcome markets open only on implemented ideas.',
    TEAM_MAY_NOT_OPEN: 'You are on this idea’s team, so you cannot open a market on its outcome.',
    TARGET_ALREADY_REACHED: 'Realised savings of {{recorded}} are already recorded: choose a higher target.',
    TARGET_ABOVE_RECORDED: 'Choose a target above the {{recorded}} already recorded.',
    CLOSING_DATE_OUT_OF_RANGE: 'The closing date must be in the future and within 10 years.',
    CLOSING_DATE_FIELD: 'Enter a closing date in the future and within 10 years.',
  },
  cy: {
    SIGN_IN_NEEDED: 'Mewngofnodwch i wneud hyn.',
    NOT_PERMITTED: 'Nid oes gennych ganiatâd i wneud hyn.',
    INPUT_NOT_VALID: 'Nid yw’r mewnbwn yn ddilys.',
    RATE_LIMITED: 'Gormod o ymdrechion. Rhowch gynnig arall arni ymhen {{minutes}} munud.',
    SOMETHING_WENT_WRONG:
      'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, dywedwch wrth eich gweinyddwr.',

    INSUFFICIENT_FUNDS: 'Mae angen {{needed}} ar gyfer hyn ond mae {{available}} yn eich waled.',
    NOT_ENOUGH_SHARES: 'Mae gennych {{held}} o’r cyfrannau hyn, felly ni allwch werthu {{selling}}.',
    SHARES_HELD: 'Mae gennych {{held}} o’r cyfrannau hyn.',

    MARKET_NOT_FOUND: 'Ni chafwyd hyd i farchnad ar gyfer y syniad hwnnw.',
    IDEA_NOT_FOUND: 'Ni chafwyd hyd i’r syniad hwnnw.',
    MARKET_CLOSED: 'Mae’r farchnad hon wedi setlo, felly nid yw’n masnachu mwyach.',
    MARKET_PAST_CLOSING_DATE: 'Mae’r farchnad hon wedi mynd heibio i’w dyddiad cau, felly nid yw’n masnachu mwyach.',
    PRICE_MOVED_COST: 'Mae’r pris wedi symud: byddai hyn nawr yn costio {{cost}}, mwy na’ch terfyn o {{limit}}.',
    PRICE_MOVED_PROCEEDS: 'Mae’r pris wedi symud: byddai hyn nawr yn talu {{proceeds}}, llai na’ch terfyn o {{limit}}.',
    BOARD_MAY_NOT_TRADE:
      'Aelodau’r bwrdd sy’n penderfynu sut mae marchnadoedd yn setlo, felly nid ydynt yn masnachu nac yn gofyn am ddyfynbrisiau i fasnachu.',
    ADMIN_MAY_NOT_TRADE:
      'Gweinyddwyr sy’n penodi’r bwrdd sy’n penderfynu sut mae marchnadoedd yn setlo, felly nid ydynt yn masnachu nac yn gofyn am ddyfynbrisiau i fasnachu.',
    HIDDEN_IDEA_MAY_NOT_TRADE:
      'Mae cymedrolwyr wedi cuddio’r syniad hwn, felly ni fydd ei farchnad yn masnachu nes iddo gael ei ddangos eto.',
    POOL_SHORTFALL:
      'Mae {{pool}} yng nghronfa’r farchnad hon ond mae {{owed}} yn ddyledus i’r enillwyr, felly ni all setlo. Mae’r nam wedi’i gofnodi i’r gweithredwr.',
    SPEND_OR_SHARES: 'Rhowch naill ai swm i’w wario neu nifer o gyfrannau, nid y ddau.',
    SPEND_OR_SHARES_FIELD: 'Rhowch naill ai swm i’w wario neu nifer o gyfrannau.',
    SELL_QUOTE_NEEDS_SHARES: 'Mae angen nifer o gyfrannau i gael dyfynbris gwerthu.',
    IDEMPOTENCY_KEY_REUSED:
      'Defnyddiwyd yr allwedd analluedd hon eisoes ar gyfer masnach wahanol. Defnyddiwch allwedd newydd ar gyfer masnach newydd.',
    MARKET_ALREADY_OPEN: 'Mae gan y syniad hwn farchnad eisoes.',
    IDEA_NOT_FLOATABLE: 'Ni ellir rhoi syniad yn y cam {{stage}} ar y farchnad.',
    ALREADY_SETTLED: 'Roedd y farchnad hon eisoes wedi setlo’n {{outcome}}.',

    WRONG_CREDENTIALS: 'Nid yw’r cyfeiriad e-bost na’r cyfrinair yn gywir.',
    MEMBER_SUSPENDED: 'Mae eich cyfrif wedi’i atal. Gofynnwch i weinyddwr eich sefydliad os ydych yn credu bod hyn yn gamgymeriad.',
    SIGN_UP_RESTRICTED:
      'Mae Idea Exchange y sefydliad hwn ar gyfer cydweithwyr a wahoddwyd: defnyddiwch gyfeiriad e-bost o barth a ganiateir, neu god gwahodd.',
    EMAIL_NOT_VERIFIED: 'Cadarnhewch eich cyfeiriad e-bost yn gyntaf: dilynwch y ddolen a anfonwyd atoch, neu gofynnwch am un newydd.',
    LINK_NOT_VALID: 'Mae’r ddolen honno wedi dod i ben neu wedi’i defnyddio eisoes. Gofynnwch am un newydd.',
    WRONG_CURRENT_PASSWORD: 'Nid yw eich cyfrinair presennol yn gywir.',
    EMAIL_FORMAT: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.gov.uk',
    SIGN_IN_EXPIRED: 'Mae eich mewngofnodi wedi dod i ben neu nid yw’n ddilys. Mewngofnodwch eto.',
    SIGN_IN_NO_LONGER_VALID: 'Nid yw eich mewngofnodi yn ddilys mwyach. Mewngofnodwch eto.',
    ACCOUNT_SUSPENDED: 'Mae eich cyfrif wedi’i atal.',

    NOT_TEAMING: 'Dim ond tra bo’r syniad yn y cam ffurfio tîm y gall timau newid.',
    NOT_THE_LEAD: 'Dim ond awdur y syniad, sy’n arwain ei dîm, all wneud hyn.',
    NOT_ON_THE_TEAM: 'Dim ond aelodau o dîm y syniad all wneud hyn.',
    TEAM_FULL: 'Mae’r tîm yn llawn: mae eich sefydliad yn caniatáu {{max}} o bobl ym mhob tîm, gan gynnwys yr arweinydd.',
    ALREADY_ON_TEAM: 'Mae’r person hwnnw yn y tîm yn barod.',
    ALREADY_ANSWERED: 'Mae hyn eisoes wedi’i ateb.',
    JOIN_REQUEST_NOT_FOUND: 'Ni chafwyd hyd i’r cais hwnnw i ymuno.',
    TEAM_INVITE_NOT_FOUND: 'Ni chafwyd hyd i’r gwahoddiad hwnnw i’r tîm.',
    LEAD_CANNOT_LEAVE: 'Ni all yr arweinydd adael ei dîm ei hun; tynnwch y syniad yn ôl yn lle hynny.',

    MEMBER_NOT_FOUND: 'Ni chafwyd hyd i’r aelod hwnnw.',
    EMAIL_TAKEN: 'Mae cyfrif gyda’r cyfeiriad e-bost hwn yn bodoli yn y sefydliad hwn eisoes. Mewngofnodwch yn lle hynny.',
    LAST_ADMIN: 'Mae angen o leiaf un gweinyddwr ar sefydliad: gwnewch rywun arall yn weinyddwr yn gyntaf.',
    CANNOT_SUSPEND_SELF: 'Ni allwch atal eich hun.',
    SUSPENDED_MEMBERS_ADMIN_ONLY: 'Dim ond gweinyddwyr all restru aelodau sydd wedi’u hatal.',
    SUSPENSION_REASON_TOO_LONG: 'Cadwch y rheswm i {{limit}} nod neu lai.',

    TENANT_NOT_FOUND: 'Ni chafwyd hyd i’r sefydliad hwnnw.',
    SLUG_TAKEN: 'Mae sefydliad arall yn defnyddio’r enw byr “{{slug}}” eisoes.',
    TENANT_SUSPENDED: 'Mae’r sefydliad hwn wedi’i atal: gallwch ddarllen beth sydd yno, ond nid mewngofnodi na gwneud newidiadau.',

    UNKNOWN_INVITE_CODE: 'Nid yw’r cod gwahodd hwnnw’n ddilys ar gyfer y sefydliad hwn.',
    INVITE_EXPIRED: 'Mae’r cod gwahodd hwnnw wedi dod i ben. Gofynnwch i’r cydweithiwr a’i anfonodd am un newydd.',
    INVITE_USED_UP: 'Mae’r cod gwahodd hwnnw wedi derbyn cymaint o bobl ag y gall. Gofynnwch i’r cydweithiwr a’i anfonodd am un newydd.',

    NOT_THE_AUTHOR_EDIT: 'Dim ond awdur syniad all ei olygu.',
    NOT_THE_AUTHOR_WITHDRAW: 'Dim ond awdur syniad all ei dynnu’n ôl.',
    IDEA_NOT_EDITABLE: 'Mae’r syniad hwn wedi gadael y cam bwrlwm, felly ni ellir ei olygu mwyach.',
    IDEA_NOT_WITHDRAWABLE: 'Ni ellir tynnu’r syniad hwn yn ôl mwyach: mae wedi’i roi ar y farchnad neu wedi dod i ben eisoes.',
    STAGE_MOVE_NOT_ALLOWED: 'Ni all syniad yn y cam {{from}} symud i’r cam {{to}}.',
    STAGE_CHANGED_MEANWHILE: 'Newidiodd y syniad hwn gam tra oeddech yn gweithredu arno. Ail-lwythwch ef a rhowch gynnig arall arni.',

    OWN_IDEA: 'Ni allwch gefnogi eich syniad eich hun.',
    IDEA_CLOSED_TO_ENGAGEMENT: 'Mae’r syniad hwn wedi’i archifo neu ei wrthod, felly nid yw’n derbyn rhagor o gefnogaeth na sylwadau.',
    COMMENT_NOT_FOUND: 'Ni chafwyd hyd i’r sylw hwnnw.',
    NOT_THE_COMMENT_AUTHOR_EDIT: 'Dim ond awdur sylw all ei olygu.',
    NOT_THE_COMMENT_AUTHOR_DELETE: 'Dim ond awdur sylw all ei ddileu.',
    COMMENT_DELETED: 'Mae’r sylw hwn wedi’i ddileu, felly ni ellir ei olygu mwyach.',

    CHALLENGE_NOT_FOUND: 'Ni chafwyd hyd i’r her honno.',
    CHALLENGE_NOT_YET_OPEN: 'Nid yw’r her hon ar agor i syniadau eto.',
    CHALLENGE_CLOSED: 'Mae’r her hon wedi cau ac nid yw’n derbyn rhagor o syniadau.',

    OUTCOME_MARKET_NOT_IMPLEMENTED: 'Dim ond ar syniadau sydd wedi’u gweithredu y mae marchnadoedd canlyniad yn agor.',
    TEAM_MAY_NOT_OPEN: 'Rydych yn nhîm y syniad hwn, felly ni allwch agor marchnad ar ei ganlyniad.',
    TARGET_ALREADY_REACHED: 'Mae arbedion o {{recorded}} wedi’u cofnodi eisoes: dewiswch darged uwch.',
    TARGET_ABOVE_RECORDED: 'Dewiswch darged uwchlaw’r {{recorded}} a gofnodwyd eisoes.',
    CLOSING_DATE_OUT_OF_RANGE: 'Rhaid i’r dyddiad cau fod yn y dyfodol ac o fewn 10 mlynedd.',
    CLOSING_DATE_FIELD: 'Rhowch ddyddiad cau yn y dyfodol ac o fewn 10 mlynedd.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ErrorKey = keyof (typeof ERROR_WORDING)['en'];

/** A refusal as a key and its values, worded for each reader when it is sent. */
export interface ErrorWords {
  key: ErrorKey;
  values?: Readonly<Record<string, string>>;
}

/** Values that name a stage, worded as the reader's language names it. */
const STAGE_VALUES = new Set(['stage', 'from', 'to']);

export function errorText(language: Language, words: ErrorWords): string {
  const values = Object.fromEntries(
    Object.entries(words.values ?? {}).map(([name, value]) => [
      name,
      name === 'outcome' ? outcomeNamed(language, value) : STAGE_VALUES.has(name) ? stageName(language, value) : value,
    ]),
  );
  const wording: Record<ErrorKey, string> = ERROR_WORDING[language];
  return fillIn(wording[words.key], values);
}
