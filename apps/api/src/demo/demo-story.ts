import type { INestApplicationContext } from '@nestjs/common';
import type { MemberActor } from '../auth/actor';
import { BoardService } from '../board/board.service';
import { Decision } from '../board/board.inputs';
import { ChallengesService } from '../challenges/challenges.service';
import { CommentsService } from '../engagement/comments/comments.service';
import { SupportService } from '../engagement/support/support.service';
import type { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { ImpactService } from '../impact/impact.service';
import { Outcome } from '../market/market.types';
import { TradingService } from '../market/trading.service';
import { TeamsService } from '../teams/teams.service';

export type DemoCast = Record<string, MemberActor>;

const DAY = 24 * 60 * 60 * 1000;

const sections = {
  problem: 'Staff fill in paper timesheets every week; managers re-key them into the finance system, which takes hours and causes errors.',
  proposal: 'Replace the paper form with a shared online form that feeds the finance system directly, with a manager approval step.',
  benefits: 'About 1,200 staff hours a year saved on re-keying, fewer payroll corrections, and no more printing of timesheet packs.',
  risks: 'Some teams have no regular computer access; we will keep kiosks in each depot and a paper fallback for three months.',
  measuresOfSuccess: 'Share of timesheets submitted online, hours spent re-keying, and the number of payroll corrections each month.',
};

/**
 * The demo instance's story, told through the real services so every balance and stage obeys
 * the rules: ideas in every stage, a team, a live market with a price history, a decided idea
 * with its impact, and members whose wallets and ranks have moved.
 */
export async function tellDemoStory(app: INestApplicationContext, cast: DemoCast): Promise<void> {
  const ideas = app.get(IdeasService);
  const support = app.get(SupportService);
  const comments = app.get(CommentsService);
  const teams = app.get(TeamsService);
  const board = app.get(BoardService);
  const trading = app.get(TradingService);
  const { ada, grace, alan, katherine, omar, priya, tom, board: bola, board2: bea, admin } = cast;
  const crowd = [grace, alan, katherine, omar, priya, tom, bola, admin];
  let tradeNumber = 0;

  const buzzToTeaming = async (idea: IdeaEntity, supporters: MemberActor[]) => {
    for (const member of supporters) await support.support(member, idea.id);
  };
  const formTeam = async (idea: IdeaEntity, lead: MemberActor, members: MemberActor[]) => {
    for (const member of members) {
      const request = await teams.requestToJoin(member, idea.id);
      await teams.answerJoinRequest(lead, request.id, true);
    }
  };
  const trade = (member: MemberActor, idea: IdeaEntity, outcome: Outcome, spend: bigint) =>
    trading.buy(member, { ideaId: idea.id, outcome, spend, idempotencyKey: `demo-${++tradeNumber}` });
  const review = (member: MemberActor, idea: IdeaEntity, scores: [number, number, number, number], comment: string) =>
    board.review(member, {
      ideaId: idea.id,
      strategicFit: scores[0],
      valueForMoney: scores[1],
      feasibility: scores[2],
      risk: scores[3],
      comment,
    });

  const challenge = await app.get(ChallengesService).create(admin, {
    title: 'Print half as much by next spring',
    question: 'How might we cut the department\u2019s printing by half?',
    opensAt: new Date(Date.now() - DAY),
    closesAt: new Date(Date.now() + 60 * DAY),
  });

  // Implemented, with its impact.
  const timesheets = await ideas.submit(ada, {
    title: 'Replace paper timesheets with a shared online form',
    description:
      'Every week we print, fill in, sign, scan and re-key **timesheets**. An online form would save hours.\n\n- no printing\n- no re-keying\n- faster pay corrections',
    tags: ['paperless', 'finance', 'digital'],
    challengeId: challenge.id,
  });
  await buzzToTeaming(timesheets, crowd.slice(0, 5));
  await formTeam(timesheets, ada, [grace, alan]);
  await teams.saveBusinessCase(ada, timesheets.id, {
    ...sections,
    estimatedAnnualSaving: 3_600_000n,
    oneOffCost: 800_000n,
    runningCost: 120_000n,
  });
  await board.float(ada, timesheets.id);
  await trade(katherine, timesheets, Outcome.YES, 4_000n);
  await trade(omar, timesheets, Outcome.YES, 2_500n);
  await trade(priya, timesheets, Outcome.NO, 1_500n);
  await trade(tom, timesheets, Outcome.YES, 3_000n);
  await review(bola, timesheets, [5, 5, 4, 3], 'Clear savings, a credible plan and a fallback for depots.');
  await review(bea, timesheets, [4, 5, 4, 4], 'Good value; start with two directorates.');
  await board.decide(bola, {
    ideaId: timesheets.id,
    decision: Decision.IMPLEMENT,
    rationale: 'The case shows real savings for a modest cost, the team has a plan for staff without computers, and the market agreed.',
  });
  await app.get(ImpactService).record(ada, {
    ideaId: timesheets.id,
    realisedSaving: 850_000n,
    note: 'First quarter: 70% of timesheets submitted online; re-keying down by two thirds.',
  });

  // Floated: a live market with a price history, waiting for the board.
  const cars = await ideas.submit(grace, {
    title: 'Book the pool cars through one shared calendar',
    description: 'Three directorates keep separate pool-car diaries, so cars sit idle while others hire taxis.',
    tags: ['travel', 'fleet'],
  });
  await buzzToTeaming(cars, [ada, alan, katherine, omar, priya]);
  await formTeam(cars, grace, [katherine, priya]);
  await teams.saveBusinessCase(grace, cars.id, {
    problem: 'Pool cars are booked in three separate diaries, so they sit idle while staff take taxis for the same journeys.',
    proposal: 'One shared booking calendar for every pool car, open to all staff, with keys in a single key safe per site.',
    benefits: 'Fewer taxi journeys and hire cars, and better use of the cars we already pay for: about 20,000 a year.',
    risks: 'Directorates may resist losing their own cars; we will report usage monthly and keep priority slots for field teams.',
    measuresOfSuccess: 'Pool car utilisation, taxi and hire spend per month, and the number of journeys booked online.',
    estimatedAnnualSaving: 2_000_000n,
    oneOffCost: 150_000n,
    runningCost: 30_000n,
  });
  await board.float(grace, cars.id);
  const moves: Array<[MemberActor, Outcome, bigint]> = [
    [ada, Outcome.YES, 2_000n],
    [omar, Outcome.NO, 3_500n],
    [alan, Outcome.YES, 5_000n],
    [tom, Outcome.NO, 1_000n],
    [katherine, Outcome.YES, 2_500n],
    [ada, Outcome.YES, 1_500n],
    [omar, Outcome.NO, 2_000n],
    [alan, Outcome.YES, 3_000n],
  ];
  for (const [member, outcome, spend] of moves) await trade(member, cars, outcome, spend);
  await review(bola, cars, [4, 4, 3, 3], 'Promising; I would like to see the taxi spend by directorate.');

  // Rejected: the market paid NO.
  const desks = await ideas.submit(tom, {
    title: 'Standing desks for every member of staff',
    description: 'Standing desks improve wellbeing. We should buy one for everyone this year.',
    tags: ['wellbeing', 'estates'],
  });
  await buzzToTeaming(desks, [ada, grace, alan, katherine, omar]);
  await formTeam(desks, tom, [omar, katherine]);
  await teams.saveBusinessCase(tom, desks.id, {
    problem: 'Many staff sit for most of the day, and musculoskeletal problems are a leading cause of sickness absence here.',
    proposal: 'Buy a height-adjustable desk for every member of staff across all of our office buildings this financial year.',
    benefits: 'Better wellbeing and, we hope, less sickness absence, though we have no local figures to estimate it yet.',
    risks: 'High cost, long delivery times, and floor plans that may not fit the new desks in some of the older buildings.',
    measuresOfSuccess: 'Sickness absence for musculoskeletal reasons, staff survey scores on wellbeing, and desk usage.',
    estimatedAnnualSaving: 500_000n,
    oneOffCost: 45_000_000n,
    runningCost: 0n,
  });
  await board.float(tom, desks.id);
  await trade(priya, desks, Outcome.NO, 4_000n);
  await trade(ada, desks, Outcome.NO, 2_000n);
  await trade(grace, desks, Outcome.YES, 1_000n);
  await review(bola, desks, [3, 1, 2, 2], 'The cost is far above any saving we can show.');
  await review(bea, desks, [3, 2, 2, 3], 'Worth a small trial for staff with a medical need instead.');
  await board.decide(bola, {
    ideaId: desks.id,
    decision: Decision.REJECT,
    rationale: 'The one-off cost is ninety times the estimated saving. We would welcome a smaller trial for staff with a medical need.',
  });

  // Teaming: a team forming, with a pending request and a draft case.
  const openData = await ideas.submit(katherine, {
    title: 'Publish our procurement pipeline as open data',
    description: 'Suppliers, especially small ones, cannot see what we plan to buy. Publishing the pipeline would widen competition.',
    tags: ['open-data', 'procurement'],
  });
  await buzzToTeaming(openData, [ada, grace, alan, omar, tom]);
  await formTeam(openData, katherine, [alan]);
  await teams.requestToJoin(priya, openData.id);
  await teams.saveBusinessCase(katherine, openData.id, {
    ...sections,
    problem: 'Small suppliers cannot see our buying plans, so they rarely bid and we get fewer, pricier offers.',
    proposal: 'Publish the procurement pipeline monthly as open data.',
    benefits: '',
    risks: '',
    measuresOfSuccess: '',
    estimatedAnnualSaving: 0n,
    oneOffCost: 0n,
    runningCost: 0n,
  });

  // Buzz: new ideas gathering support and discussion.
  const quietRoom = await ideas.submit(omar, {
    title: 'A quiet room on every floor for focused work',
    description: 'Open-plan floors are noisy. A bookable quiet room would help with writing, analysis and calls.',
    tags: ['wellbeing', 'estates'],
    challengeId: undefined,
  });
  await support.support(ada, quietRoom.id);
  await support.support(priya, quietRoom.id);
  const first = await comments.add(grace, { ideaId: quietRoom.id, body: 'Could we convert the unused meeting room on floor 3 first?' });
  await comments.add(omar, { ideaId: quietRoom.id, body: 'Good idea, that one is rarely booked.', parentId: first.comment.id });

  const duplex = await ideas.submit(priya, {
    title: 'Default every printer to double-sided, black and white',
    description: 'Most printing does not need colour or single-sided pages. Changing the defaults halves the paper used.',
    tags: ['paperless', 'printing'],
    challengeId: challenge.id,
  });
  await support.support(katherine, duplex.id);
  await comments.add(tom, { ideaId: duplex.id, body: 'Facilities can change the defaults centrally in an afternoon.' });

  // Archived: withdrawn by its author.
  const lunch = await ideas.submit(alan, {
    title: 'Monthly lunch-and-learn sessions',
    description: 'Colleagues share what they know over lunch once a month.',
    tags: ['learning'],
  });
  await ideas.withdraw(alan, lunch.id);
}
