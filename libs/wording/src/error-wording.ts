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
    ONLY_ROLES: 'Only {{roles}} members can do this.',
    ROLES_ADMIN: 'admin',
    ROLES_BOARD: 'board',
    ROLES_BOARD_OR_ADMIN: 'board or admin',
    ROLES_MODERATOR_OR_ADMIN: 'moderator or admin',
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

    NOT_READY_TO_FLOAT: 'The idea cannot be floated yet. Still needed: {{missing}}.',
    FLOAT_GAP_TEAM_MEMBER: '{{count}} more team member (the team needs {{needed}}, lead included)',
    FLOAT_GAP_TEAM_MEMBERS: '{{count}} more team members (the team needs {{needed}}, lead included)',
    FLOAT_GAP_BUSINESS_CASE: 'a business case',
    FLOAT_GAP_CASE_SECTION: '{{section}} in the business case (at least {{minLength}} characters)',
    CASE_SECTION_PROBLEM: 'the problem',
    CASE_SECTION_PROPOSAL: 'the proposal',
    CASE_SECTION_BENEFITS: 'the benefits',
    CASE_SECTION_RISKS: 'the risks',
    CASE_SECTION_MEASURES_OF_SUCCESS: 'the measures of success',
    NOT_UNDER_REVIEW: 'The board reviews and decides ideas only while they are in the investment stage.',
    CONFLICT_OF_INTEREST: 'You are on this idea’s team, so you cannot review or decide it.',
    NOT_ENOUGH_REVIEWS: 'A decision needs {{need}} board reviews; this idea has {{have}}.',
    ONLY_THE_BOARD_DECIDES: 'Only board members review and decide ideas; admins appoint the board.',

    SHAREHOLDER_MAY_NOT_JOIN_BOARD:
      'This member holds {{positions}}. Board members decide markets, so they can join the board once these are sold or settled.',
    HELD_SHARES: '{{shares}} {{outcome}} shares in "{{idea}}"',

    MERGE_INTO_ITSELF: 'An idea cannot be merged into itself: choose a different idea to keep.',
    MERGE_KEEP_ANOTHER: 'Choose a different idea to keep.',
    MERGE_WITH_OPEN_MARKET: '"{{title}}" has a market that is still trading, so it cannot be merged.',
    NOT_MERGEABLE: '"{{title}}" cannot be merged: {{why}}.',
    ALREADY_MERGED: 'it was already merged into another idea',
    MERGE_ONLY_EARLY_STAGES: 'only ideas in buzz or teaming can be merged',

    FIELD_PROBLEMS: '{{problems}}',
    FIELD_TEXT: '{{field}} must be text.',
    FIELD_WHOLE_NUMBER: '{{field}} must be a whole number.',
    FIELD_TRUE_OR_FALSE: '{{field}} must be true or false.',
    FIELD_ALLOWED_VALUE: '{{field}} must be one of the allowed values.',
    FIELD_ID: '{{field}} must be an id.',
    FIELD_DATE: '{{field}} must be a date.',
    FIELD_OUT_OF_RANGE: '{{field}} is outside the allowed range.',
    FIELD_LENGTH: '{{field}} is too long or too short.',
    FIELD_FORMAT: '{{field}} is not in the right format.',
    FIELD_UNKNOWN: '{{field}} is not a field of this input.',
    FIELD_NOT_VALID: '{{field}} is not valid.',
    AMOUNT_RANGE: '{{field}} must be between {{min}} and {{max}}.',
    SCORE_RANGE: '{{score}} must be a score from 1 to 5.',
    SCORE_STRATEGIC_FIT: 'Strategic fit',
    SCORE_VALUE_FOR_MONEY: 'Value for money',
    SCORE_FEASIBILITY: 'Feasibility',
    SCORE_RISK: 'Risk',
    ENTER_COMMENT: 'Enter a comment.',
    REVIEW_COMMENT_LENGTH: 'Comment must be 5,000 characters or fewer.',
    RATIONALE_LENGTH: 'Rationale must be between 20 and 10,000 characters: it is published with the decision.',
    ENTER_NAME: 'Enter your name.',
    NAME_LENGTH: 'Name must be 80 characters or fewer.',
    CHOOSE_LANGUAGE: 'Choose English (en) or Welsh (cy).',
    ENTER_PASSWORD: 'Enter a password.',
    ENTER_YOUR_PASSWORD: 'Enter your password.',
    DEPARTMENT_LENGTH: 'Department must be 100 characters or fewer.',
    SKILLS_COUNT: 'List at most 20 skills.',
    SKILL_LENGTH: 'Each skill must be 1 to 40 characters.',
    BIO_LENGTH: 'Bio must be 2,000 characters or fewer.',
    IDEA_TITLE_LENGTH: 'Title must be between 5 and 140 characters.',
    IDEA_DESCRIPTION_LENGTH: 'Description must be 20,000 characters or fewer.',
    ENTER_IDEA_DESCRIPTION: 'Enter a description of your idea.',
    TAG_LENGTH: 'Each tag must be between 1 and {{max}} characters.',
    TAGS_COUNT: 'Add at most {{max}} tags.',
    CHOOSE_CHALLENGE: 'Choose a challenge from the list.',
    COMMENT_LENGTH: 'Comment must be between 1 and {{max}} characters.',
    REPORT_REASON_LENGTH: 'Reason must be between 1 and {{max}} characters.',
  },
  cy: {
    SIGN_IN_NEEDED: 'Mewngofnodwch i wneud hyn.',
    NOT_PERMITTED: 'Nid oes gennych ganiatâd i wneud hyn.',
    ONLY_ROLES: 'Dim ond {{roles}} all wneud hyn.',
    ROLES_ADMIN: 'gweinyddwyr',
    ROLES_BOARD: 'aelodau’r bwrdd',
    ROLES_BOARD_OR_ADMIN: 'aelodau’r bwrdd neu weinyddwyr',
    ROLES_MODERATOR_OR_ADMIN: 'cymedrolwyr neu weinyddwyr',
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

    NOT_READY_TO_FLOAT: 'Ni ellir arnofio’r syniad eto. Mae angen o hyd: {{missing}}.',
    FLOAT_GAP_TEAM_MEMBER: '{{count}} aelod arall o’r tîm (mae angen {{needed}} ar y tîm, gan gynnwys yr arweinydd)',
    FLOAT_GAP_TEAM_MEMBERS: '{{count}} aelod arall o’r tîm (mae angen {{needed}} ar y tîm, gan gynnwys yr arweinydd)',
    FLOAT_GAP_BUSINESS_CASE: 'achos busnes',
    FLOAT_GAP_CASE_SECTION: '{{section}} yn yr achos busnes (o leiaf {{minLength}} nod)',
    CASE_SECTION_PROBLEM: 'y broblem',
    CASE_SECTION_PROPOSAL: 'y cynnig',
    CASE_SECTION_BENEFITS: 'y manteision',
    CASE_SECTION_RISKS: 'y risgiau',
    CASE_SECTION_MEASURES_OF_SUCCESS: 'y mesurau llwyddiant',
    NOT_UNDER_REVIEW: 'Dim ond tra bo syniadau yn y cam buddsoddi y mae’r bwrdd yn eu hadolygu ac yn penderfynu arnynt.',
    CONFLICT_OF_INTEREST: 'Rydych yn nhîm y syniad hwn, felly ni allwch ei adolygu na phenderfynu arno.',
    NOT_ENOUGH_REVIEWS: 'Mae angen {{need}} adolygiad gan y bwrdd cyn penderfynu; mae gan y syniad hwn {{have}}.',
    ONLY_THE_BOARD_DECIDES: 'Dim ond aelodau’r bwrdd sy’n adolygu ac yn penderfynu ar syniadau; gweinyddwyr sy’n penodi’r bwrdd.',

    SHAREHOLDER_MAY_NOT_JOIN_BOARD:
      'Mae gan yr aelod hwn {{positions}}. Aelodau’r bwrdd sy’n penderfynu ar farchnadoedd, felly gallant ymuno â’r bwrdd pan fydd y rhain wedi’u gwerthu neu wedi setlo.',
    HELD_SHARES: '{{shares}} cyfran {{outcome}} yn “{{idea}}”',

    MERGE_INTO_ITSELF: 'Ni ellir uno syniad ag ef ei hun: dewiswch syniad gwahanol i’w gadw.',
    MERGE_KEEP_ANOTHER: 'Dewiswch syniad gwahanol i’w gadw.',
    MERGE_WITH_OPEN_MARKET: 'Mae gan “{{title}}” farchnad sy’n dal i fasnachu, felly ni ellir ei uno.',
    NOT_MERGEABLE: 'Ni ellir uno “{{title}}”: {{why}}.',
    ALREADY_MERGED: 'mae eisoes wedi’i uno â syniad arall',
    MERGE_ONLY_EARLY_STAGES: 'dim ond syniadau yn y cam bwrlwm neu ffurfio tîm y gellir eu huno',

    FIELD_PROBLEMS: '{{problems}}',
    FIELD_TEXT: 'Rhaid i {{field}} fod yn destun.',
    FIELD_WHOLE_NUMBER: 'Rhaid i {{field}} fod yn rhif cyfan.',
    FIELD_TRUE_OR_FALSE: 'Rhaid i {{field}} fod yn wir neu’n anwir.',
    FIELD_ALLOWED_VALUE: 'Rhaid i {{field}} fod yn un o’r gwerthoedd a ganiateir.',
    FIELD_ID: 'Rhaid i {{field}} fod yn ddynodydd.',
    FIELD_DATE: 'Rhaid i {{field}} fod yn ddyddiad.',
    FIELD_OUT_OF_RANGE: 'Mae {{field}} y tu allan i’r ystod a ganiateir.',
    FIELD_LENGTH: 'Mae {{field}} yn rhy hir neu’n rhy fyr.',
    FIELD_FORMAT: 'Nid yw {{field}} yn y fformat cywir.',
    FIELD_UNKNOWN: 'Nid yw {{field}} yn un o feysydd y mewnbwn hwn.',
    FIELD_NOT_VALID: 'Nid yw {{field}} yn ddilys.',
    AMOUNT_RANGE: 'Rhaid i {{field}} fod rhwng {{min}} a {{max}}.',
    SCORE_RANGE: 'Rhaid i {{score}} fod yn sgôr o 1 i 5.',
    SCORE_STRATEGIC_FIT: 'Cydweddiad strategol',
    SCORE_VALUE_FOR_MONEY: 'Gwerth am arian',
    SCORE_FEASIBILITY: 'Dichonoldeb',
    SCORE_RISK: 'Risg',
    ENTER_COMMENT: 'Rhowch sylw.',
    REVIEW_COMMENT_LENGTH: 'Rhaid i’r sylw fod yn 5,000 nod neu lai.',
    RATIONALE_LENGTH: 'Rhaid i’r rhesymeg fod rhwng 20 a 10,000 nod: caiff ei chyhoeddi gyda’r penderfyniad.',
    ENTER_NAME: 'Rhowch eich enw.',
    NAME_LENGTH: 'Rhaid i’r enw fod yn 80 nod neu lai.',
    CHOOSE_LANGUAGE: 'Dewiswch Saesneg (en) neu Gymraeg (cy).',
    ENTER_PASSWORD: 'Rhowch gyfrinair.',
    ENTER_YOUR_PASSWORD: 'Rhowch eich cyfrinair.',
    DEPARTMENT_LENGTH: 'Rhaid i’r adran fod yn 100 nod neu lai.',
    SKILLS_COUNT: 'Rhestrwch 20 sgil ar y mwyaf.',
    SKILL_LENGTH: 'Rhaid i bob sgil fod rhwng 1 a 40 nod.',
    BIO_LENGTH: 'Rhaid i’r bywgraffiad fod yn 2,000 nod neu lai.',
    IDEA_TITLE_LENGTH: 'Rhaid i’r teitl fod rhwng 5 a 140 nod.',
    IDEA_DESCRIPTION_LENGTH: 'Rhaid i’r disgrifiad fod yn 20,000 nod neu lai.',
    ENTER_IDEA_DESCRIPTION: 'Rhowch ddisgrifiad o’ch syniad.',
    TAG_LENGTH: 'Rhaid i bob tag fod rhwng 1 a {{max}} nod.',
    TAGS_COUNT: 'Ychwanegwch {{max}} tag ar y mwyaf.',
    CHOOSE_CHALLENGE: 'Dewiswch her o’r rhestr.',
    COMMENT_LENGTH: 'Rhaid i’r sylw fod rhwng 1 a {{max}} nod.',
    REPORT_REASON_LENGTH: 'Rhaid i’r rheswm fod rhwng 1 a {{max}} nod.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ErrorKey = keyof (typeof ERROR_WORDING)['en'];

/**
 * A value of a refusal: text kept as it is (an amount, a title), words of its own (a reason), or a
 * list of words (what is still missing), each worded for the reader and joined with semicolons.
 */
export type ErrorValue = string | ErrorWords | readonly ErrorWords[];

/** A refusal as a key and its values, worded for each reader when it is sent. */
export interface ErrorWords {
  key: ErrorKey;
  values?: Readonly<Record<string, ErrorValue>>;
}

/** Values that name a stage, worded as the reader's language names it. */
const STAGE_VALUES = new Set(['stage', 'from', 'to']);

function valueText(language: Language, name: string, value: ErrorValue): string {
  if (typeof value !== 'string') {
    const items: readonly ErrorWords[] = 'key' in value ? [value] : value;
    const texts = items.map((item) => errorText(language, item));
    // Whole sentences follow one another; phrases are a list.
    return texts.join(texts.every((text) => /[.?!]$/.test(text)) ? ' ' : '; ');
  }
  if (name === 'outcome') return outcomeNamed(language, value);
  return STAGE_VALUES.has(name) ? stageName(language, value) : value;
}

export function errorText(language: Language, words: ErrorWords): string {
  const values = Object.fromEntries(Object.entries(words.values ?? {}).map(([name, value]) => [name, valueText(language, name, value)]));
  const wording: Record<ErrorKey, string> = ERROR_WORDING[language];
  return fillIn(wording[words.key], values);
}
