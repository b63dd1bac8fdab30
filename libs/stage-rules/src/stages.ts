/** Where an idea is in its lifecycle; the same words as the API's IdeaStage. */
export const STAGES = ['BUZZ', 'TEAMING', 'INVESTMENT', 'IMPLEMENTED', 'REJECTED', 'ARCHIVED'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The moves the lifecycle allows. An idea is withdrawn (archived) only before it is floated:
 * once its market is open, only the board's decision ends it.
 */
const NEXT_STAGES: Readonly<Record<Stage, readonly Stage[]>> = {
  BUZZ: ['TEAMING', 'ARCHIVED'],
  TEAMING: ['INVESTMENT', 'ARCHIVED'],
  INVESTMENT: ['IMPLEMENTED', 'REJECTED'],
  IMPLEMENTED: [],
  REJECTED: [],
  ARCHIVED: [],
};

export function canMove(from: Stage, to: Stage): boolean {
  return NEXT_STAGES[from].includes(to);
}

export function nextStages(from: Stage): readonly Stage[] {
  return NEXT_STAGES[from];
}

/** Only an idea still being discussed can be edited by its author. */
export function isEditable(stage: Stage): boolean {
  return stage === 'BUZZ';
}

/** The author may withdraw an idea until it is floated. */
export function canWithdraw(stage: Stage): boolean {
  return canMove(stage, 'ARCHIVED');
}

/** Support and comments are closed once an idea has been archived or rejected. */
export function acceptsEngagement(stage: Stage): boolean {
  return stage !== 'ARCHIVED' && stage !== 'REJECTED';
}
