import type { FloatGap, FloatReadiness } from '@idea-exchange/stage-rules';
import type { ErrorKey, ErrorWords } from '@idea-exchange/wording';
import { Conflict, Forbidden } from '../common/errors/domain-error';

const SECTION_KEYS: Record<Extract<FloatGap, { kind: 'CASE_SECTION' }>['section'], ErrorKey> = {
  problem: 'CASE_SECTION_PROBLEM',
  proposal: 'CASE_SECTION_PROPOSAL',
  benefits: 'CASE_SECTION_BENEFITS',
  risks: 'CASE_SECTION_RISKS',
  measuresOfSuccess: 'CASE_SECTION_MEASURES_OF_SUCCESS',
};

function gapWords(gap: FloatGap): ErrorWords {
  switch (gap.kind) {
    case 'TEAM_MEMBERS':
      return {
        key: gap.count === 1 ? 'FLOAT_GAP_TEAM_MEMBER' : 'FLOAT_GAP_TEAM_MEMBERS',
        values: { count: String(gap.count), needed: String(gap.needed) },
      };
    case 'BUSINESS_CASE':
      return { key: 'FLOAT_GAP_BUSINESS_CASE' };
    case 'CASE_SECTION':
      return { key: 'FLOAT_GAP_CASE_SECTION', values: { section: { key: SECTION_KEYS[gap.section] }, minLength: String(gap.minLength) } };
  }
}

/** `missing` stays the English list clients already read; the message words each gap for its reader. */
export class NotReadyToFloat extends Conflict {
  constructor(readiness: Pick<FloatReadiness, 'missing' | 'gaps'>) {
    super({ key: 'NOT_READY_TO_FLOAT', values: { missing: readiness.gaps.map(gapWords) } });
    this.details.missing = readiness.missing;
  }
}

export class NotUnderReview extends Conflict {
  constructor() {
    super({ key: 'NOT_UNDER_REVIEW' });
  }
}

export class ConflictOfInterest extends Forbidden {
  constructor() {
    super({ key: 'CONFLICT_OF_INTEREST' });
  }
}

export class NotEnoughReviews extends Conflict {
  constructor(have: number, need: number) {
    super({ key: 'NOT_ENOUGH_REVIEWS', values: { have: String(have), need: String(need) } });
    this.details.reviews = have;
    this.details.needed = need;
  }
}

export class OnlyTheBoardDecides extends Forbidden {
  constructor() {
    super({ key: 'ONLY_THE_BOARD_DECIDES' });
  }
}
