import { englishLeftIn } from './english-left-in';
import { ERROR_WORDING, errorText } from './error-wording';
import { LANGUAGES, type Language } from './language';
import { OUTCOME_MARKET_WORDING, outcomeQuestionText, outcomeResolutionOf, outcomeResolutionText } from './outcome-market-wording';
import { STAGE_REASON_WORDING, stageReason, stageReasonText } from './stage-reason';
import { WALLET_REASON_WORDING, walletReason, walletReasonText } from './wallet-reason';

const WORDINGS: Record<string, Record<Language, Record<string, string>>> = {
  'stage reasons': STAGE_REASON_WORDING,
  'wallet reasons': WALLET_REASON_WORDING,
  'API’s refusals': ERROR_WORDING,
  'outcome markets’ questions and resolutions': OUTCOME_MARKET_WORDING,
};

const placeholdersOf = (template: string) => [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
// NOTE is text kept as it was written: it has no words of its own in any language.
const wordsOnly = (template: string) => template.replace(/\{\{[^}]*\}\}/g, '').replace(/[\s\p{P}\p{S}]/gu, '') !== '';

describe.each(Object.entries(WORDINGS))('the %s', (_, wording) => {
  it('word every kind in every language, asking for the same values', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(wording[language]).sort()).toEqual(Object.keys(wording.en).sort());
      for (const [kind, template] of Object.entries(wording[language])) {
        expect({ kind, language, values: placeholdersOf(template) }).toEqual({ kind, language, values: placeholdersOf(wording.en[kind]) });
      }
    }
  });

  it('leave no English in the Welsh, and copy no English wording', () => {
    const english = Object.entries(wording.cy)
      .filter(([, template]) => englishLeftIn(template) !== undefined)
      .map(([kind, template]) => `${kind}: ${template}`);
    const copied = Object.entries(wording.cy)
      .filter(([kind, template]) => wordsOnly(template) && template === wording.en[kind])
      .map(([kind]) => kind);
    expect({ english, copied }).toEqual({ english: [], copied: [] });
  });
});

describe('wording a reason', () => {
  it('names the outcome as each language does: IE and NA in Welsh', () => {
    const bought = walletReason.traded('BOUGHT', '83.17', 'YES');
    expect(walletReasonText('en', bought)).toBe('Bought 83.17 YES shares');
    expect(walletReasonText('cy', bought)).toBe('Prynwyd 83.17 cyfran IE');
    expect(walletReasonText('cy', walletReason.settled('NO'))).toBe('Marchnad wedi setlo: talodd NA 1.00 y gyfran');
  });

  it('fills in values as they are, and keeps a note’s text as written', () => {
    expect(stageReasonText('cy', stageReason.merged('Beiciau', 'yr un syniad'))).toBe('Wedi’i gyfuno â “Beiciau”: yr un syniad');
    expect(walletReasonText('cy', walletReason.note('A legacy sentence'))).toBe('A legacy sentence');
  });
});

describe('wording a refusal', () => {
  it('fills in amounts, and names outcomes and stages in the reader’s language', () => {
    expect(errorText('cy', { key: 'INSUFFICIENT_FUNDS', values: { needed: '50.00', available: '5.00' } })).toBe(
      'Mae angen 50.00 ar gyfer hyn ond mae 5.00 yn eich waled.',
    );
    expect(errorText('en', { key: 'ALREADY_SETTLED', values: { outcome: 'NO' } })).toBe('This market was already settled NO.');
    expect(errorText('cy', { key: 'ALREADY_SETTLED', values: { outcome: 'NO' } })).toBe('Roedd y farchnad hon eisoes wedi setlo’n NA.');
    expect(errorText('cy', { key: 'IDEA_NOT_FLOATABLE', values: { stage: 'BUZZ' } })).toBe(
      'Ni ellir rhoi syniad yn y cam bwrlwm ar y farchnad.',
    );
  });
});

describe('wording a refusal whose values are words themselves', () => {
  it('words each item of a list for the reader and joins them, and words a reason given as a key', () => {
    const missing = {
      key: 'NOT_READY_TO_FLOAT',
      values: {
        missing: [
          { key: 'FLOAT_GAP_TEAM_MEMBER', values: { count: '1', needed: '3' } },
          { key: 'FLOAT_GAP_CASE_SECTION', values: { section: { key: 'CASE_SECTION_RISKS' }, minLength: '20' } },
        ],
      },
    } as const;
    expect(errorText('en', missing)).toBe(
      'The idea cannot be floated yet. Still needed: 1 more team member (the team needs 3, lead included); the risks in the business case (at least 20 characters).',
    );
    expect(errorText('cy', missing)).toBe(
      'Ni ellir arnofio’r syniad eto. Mae angen o hyd: 1 aelod arall o’r tîm (mae angen 3 ar y tîm, gan gynnwys yr arweinydd); y risgiau yn yr achos busnes (o leiaf 20 nod).',
    );
    const held = { key: 'HELD_SHARES', values: { shares: '12.00', outcome: 'YES', idea: 'Bikes' } } as const;
    expect(
      errorText('cy', {
        key: 'SHAREHOLDER_MAY_NOT_JOIN_BOARD',
        values: { positions: [held, { ...held, values: { ...held.values, outcome: 'NO' } }] },
      }),
    ).toBe(
      'Mae gan yr aelod hwn 12.00 cyfran IE yn “Bikes”; 12.00 cyfran NA yn “Bikes”. Aelodau’r bwrdd sy’n penderfynu ar farchnadoedd, felly gallant ymuno â’r bwrdd pan fydd y rhain wedi’u gwerthu neu wedi setlo.',
    );
    expect(errorText('cy', { key: 'NOT_MERGEABLE', values: { title: 'Beiciau', why: { key: 'ALREADY_MERGED' } } })).toBe(
      'Ni ellir uno “Beiciau”: mae eisoes wedi’i uno â syniad arall.',
    );
  });
});

describe('wording an outcome market', () => {
  it('asks its question with the date named in the reader’s language', () => {
    const closesAt = new Date('2027-03-01T00:00:00Z');
    expect(outcomeQuestionText('en', '500.00 Peas', closesAt)).toBe('Will realised savings reach 500.00 Peas by 1 March 2027?');
    expect(outcomeQuestionText('cy', '500.00 Peas', closesAt)).toBe(
      'A fydd yr arbedion a wireddwyd yn cyrraedd 500.00 Peas erbyn 1 Mawrth 2027?',
    );
  });

  it('reads back the English resolution the audit log holds, and words it again, NO as NA', () => {
    const held = outcomeResolutionText('en', 'CLOSING_DATE_PASSED', 'NO');
    expect(held).toBe('NO: its closing date passed before the target was reached');
    expect(outcomeResolutionOf(held)).toEqual({ resolution: 'CLOSING_DATE_PASSED', outcome: 'NO' });
    expect(outcomeResolutionText('cy', 'CLOSING_DATE_PASSED', 'NO')).toBe('NA: aeth ei ddyddiad cau heibio cyn cyrraedd y targed');
    expect(outcomeResolutionOf('Typed by a moderator')).toBeUndefined();
  });
});

describe('wording a refused stage move', () => {
  it('names both stages in the reader’s language', () => {
    const words = { key: 'STAGE_MOVE_NOT_ALLOWED', values: { from: 'ARCHIVED', to: 'TEAMING' } } as const;
    expect(errorText('en', words)).toBe('An idea in archived cannot move to teaming.');
    expect(errorText('cy', words)).toBe('Ni all syniad yn y cam wedi’i archifo symud i’r cam ffurfio tîm.');
  });
});

describe('the English-left-behind check', () => {
  it('catches English words and untranslated outcomes, and lets Welsh through', () => {
    expect(englishLeftIn('Bought 10.00 cyfran IE')).toBe('Bought');
    expect(englishLeftIn('Pris cyfran YES')).toBe('YES');
    expect(englishLeftIn('Mae {{actor}} wedi cefnogi eich syniad “{{idea}}” ar Idea Exchange.')).toBeUndefined();
  });
});
