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
import { TeamsService } from '../teams/teams.service';
import { DAY, type DemoTimeline } from './demo-timeline';

export type DemoCast = Record<string, MemberActor>;

const sections = {
  problem: 'Staff fill in paper timesheets every week; managers re-key them into the finance system, which takes hours and causes errors.',
  proposal: 'Replace the paper form with a shared online form that feeds the finance system directly, with a manager approval step.',
  benefits: 'About 1,200 staff hours a year saved on re-keying, fewer payroll corrections, and no more printing of timesheet packs.',
  risks: 'Some teams have no regular computer access; we will keep kiosks in each depot and a paper fallback for three months.',
  measuresOfSuccess: 'Share of timesheets submitted online, hours spent re-keying, and the number of payroll corrections each month.',
};

/**
 * The demo instance's story, told through the real services so every balance and stage obeys
 * the rules: ideas in every stage, a team, markets traded by several members over weeks, a
 * decided idea with its impact, and members whose wallets and ranks have moved. Each act runs
 * as of its own day in the past weeks (`DemoTimeline`), in date order, so the charts, wallets,
 * period leaderboards and activity read like a living instance's.
 */
export async function tellDemoStory(app: INestApplicationContext, cast: DemoCast, story: DemoTimeline): Promise<void> {
  const ideas = app.get(IdeasService);
  const support = app.get(SupportService);
  const comments = app.get(CommentsService);
  const teams = app.get(TeamsService);
  const board = app.get(BoardService);
  const { ada, grace, alan, katherine, omar, priya, tom, board: bola, board2: bea, moderator: mo, admin } = cast;
  const { daysAgo, hoursAgo } = story;

  const supportOver = async (idea: IdeaEntity, supporters: Array<[MemberActor, Date]>) => {
    for (const [member, at] of supporters) await story.at(at, () => support.support(member, idea.id));
  };
  const formTeam = (idea: IdeaEntity, lead: MemberActor, members: MemberActor[], at: Date) =>
    story.at(at, async () => {
      for (const member of members) {
        const request = await teams.requestToJoin(member, idea.id);
        await teams.answerJoinRequest(lead, request.id, true);
      }
    });
  const review = (member: MemberActor, idea: IdeaEntity, scores: [number, number, number, number], comment: string, at: Date) =>
    story.at(at, () =>
      board.review(member, {
        ideaId: idea.id,
        strategicFit: scores[0],
        valueForMoney: scores[1],
        feasibility: scores[2],
        risk: scores[3],
        comment,
      }),
    );

  const challengeOpens = daysAgo(42, 9, 30);
  const challenge = await story.at(challengeOpens, () =>
    app.get(ChallengesService).create(admin, {
      title: 'Print half as much by next spring',
      question: 'How might we cut the department\u2019s printing by half?',
      opensAt: challengeOpens,
      closesAt: new Date(Date.now() + 60 * DAY),
    }),
  );

  // Implemented, with its impact: floated five weeks ago, the market came round to YES.
  const timesheets = await story.at(daysAgo(41, 10), () =>
    ideas.submit(ada, {
      title: 'Replace paper timesheets with a shared online form',
      description:
        'Every week we print, fill in, sign, scan and re-key **timesheets**. An online form would save hours.\n\n- no printing\n- no re-keying\n- faster pay corrections',
      tags: ['paperless', 'finance', 'digital'],
      challengeId: challenge.id,
    }),
  );
  await supportOver(timesheets, [
    [grace, daysAgo(40, 11)],
    [alan, daysAgo(40, 15, 20)],
    [katherine, daysAgo(39, 9, 45)],
    [omar, daysAgo(39, 14, 10)],
    [priya, daysAgo(38, 10, 30)],
  ]);
  await formTeam(timesheets, ada, [grace, alan], daysAgo(37, 10));
  await story.at(daysAgo(36, 16), () =>
    teams.saveBusinessCase(ada, timesheets.id, {
      ...sections,
      estimatedAnnualSaving: 3_600_000n,
      oneOffCost: 800_000n,
      runningCost: 120_000n,
    }),
  );
  await story.at(daysAgo(35, 11), () => board.float(ada, timesheets.id));
  story.plan({
    idea: timesheets,
    traders: [katherine, omar, priya, tom, mo, grace],
    from: daysAgo(35, 11, 30),
    to: daysAgo(15, 17),
    trades: 22,
    drift: 0.74,
  });

  // Floated: a live market traded every week since, waiting for the board.
  const cars = await story.at(daysAgo(30, 9, 40), () =>
    ideas.submit(grace, {
      title: 'Book the pool cars through one shared calendar',
      description: 'Three directorates keep separate pool-car diaries, so cars sit idle while others hire taxis.',
      tags: ['travel', 'fleet'],
    }),
  );
  await supportOver(cars, [
    [ada, daysAgo(29, 10)],
    [alan, daysAgo(29, 15)],
    [katherine, daysAgo(28, 9, 30)],
  ]);

  // Rejected: the market paid NO.
  const desks = await story.at(daysAgo(28, 14), () =>
    ideas.submit(tom, {
      title: 'Standing desks for every member of staff',
      description: 'Standing desks improve wellbeing. We should buy one for everyone this year.',
      tags: ['wellbeing', 'estates'],
    }),
  );
  await supportOver(cars, [
    [omar, daysAgo(27, 10, 15)],
    [priya, daysAgo(27, 11, 30)],
  ]);
  await supportOver(desks, [
    [ada, daysAgo(27, 15)],
    [grace, daysAgo(26, 10)],
    [alan, daysAgo(26, 11)],
    [katherine, daysAgo(26, 14)],
    [omar, daysAgo(26, 16, 30)],
  ]);
  await formTeam(cars, grace, [katherine, priya], daysAgo(26, 17));
  await formTeam(desks, tom, [omar, katherine], daysAgo(25, 10));
  await story.at(daysAgo(25, 15), () =>
    teams.saveBusinessCase(grace, cars.id, {
      problem: 'Pool cars are booked in three separate diaries, so they sit idle while staff take taxis for the same journeys.',
      proposal: 'One shared booking calendar for every pool car, open to all staff, with keys in a single key safe per site.',
      benefits: 'Fewer taxi journeys and hire cars, and better use of the cars we already pay for: about 20,000 a year.',
      risks: 'Directorates may resist losing their own cars; we will report usage monthly and keep priority slots for field teams.',
      measuresOfSuccess: 'Pool car utilisation, taxi and hire spend per month, and the number of journeys booked online.',
      estimatedAnnualSaving: 2_000_000n,
      oneOffCost: 150_000n,
      runningCost: 30_000n,
    }),
  );
  await story.at(daysAgo(24, 10), () => board.float(grace, cars.id));
  story.plan({
    idea: cars,
    traders: [ada, omar, alan, tom, katherine, priya, mo],
    from: daysAgo(24, 10, 30),
    to: hoursAgo(1),
    trades: 40,
    drift: 0.66,
  });
  await story.at(daysAgo(24, 14), () =>
    teams.saveBusinessCase(tom, desks.id, {
      problem: 'Many staff sit for most of the day, and musculoskeletal problems are a leading cause of sickness absence here.',
      proposal: 'Buy a height-adjustable desk for every member of staff across all of our office buildings this financial year.',
      benefits: 'Better wellbeing and, we hope, less sickness absence, though we have no local figures to estimate it yet.',
      risks: 'High cost, long delivery times, and floor plans that may not fit the new desks in some of the older buildings.',
      measuresOfSuccess: 'Sickness absence for musculoskeletal reasons, staff survey scores on wellbeing, and desk usage.',
      estimatedAnnualSaving: 500_000n,
      oneOffCost: 45_000_000n,
      runningCost: 0n,
    }),
  );
  await story.at(daysAgo(22, 14), () => board.float(tom, desks.id));
  story.plan({
    idea: desks,
    traders: [priya, ada, grace, alan, mo],
    from: daysAgo(22, 14, 30),
    to: daysAgo(9, 12),
    trades: 18,
    drift: 0.28,
  });

  // Archived: withdrawn by its author.
  const lunch = await story.at(daysAgo(20, 10), () =>
    ideas.submit(alan, {
      title: 'Monthly lunch-and-learn sessions',
      description: 'Colleagues share what they know over lunch once a month.',
      tags: ['learning'],
    }),
  );
  await story.at(daysAgo(18, 12), () => ideas.withdraw(alan, lunch.id));

  await review(bola, timesheets, [5, 5, 4, 3], 'Clear savings, a credible plan and a fallback for depots.', daysAgo(14, 10));
  await review(bea, timesheets, [4, 5, 4, 4], 'Good value; start with two directorates.', daysAgo(13, 15));
  await story.at(daysAgo(12, 15), () =>
    board.decide(bola, {
      ideaId: timesheets.id,
      decision: Decision.IMPLEMENT,
      rationale: 'The case shows real savings for a modest cost, the team has a plan for staff without computers, and the market agreed.',
    }),
  );

  // Teaming: a team forming, with a pending request and a draft case.
  const openData = await story.at(daysAgo(10, 9, 30), () =>
    ideas.submit(katherine, {
      title: 'Publish our procurement pipeline as open data',
      description: 'Suppliers, especially small ones, cannot see what we plan to buy. Publishing the pipeline would widen competition.',
      tags: ['open-data', 'procurement'],
    }),
  );
  await supportOver(openData, [
    [ada, daysAgo(9, 10)],
    [grace, daysAgo(9, 13)],
    [alan, daysAgo(9, 16)],
  ]);
  await review(bola, desks, [3, 1, 2, 2], 'The cost is far above any saving we can show.', daysAgo(8, 10));
  await review(bea, desks, [3, 2, 2, 3], 'Worth a small trial for staff with a medical need instead.', daysAgo(8, 11));
  await supportOver(openData, [
    [omar, daysAgo(8, 14)],
    [tom, daysAgo(8, 16)],
  ]);
  await story.at(daysAgo(7, 15), () =>
    board.decide(bola, {
      ideaId: desks.id,
      decision: Decision.REJECT,
      rationale: 'The one-off cost is ninety times the estimated saving. We would welcome a smaller trial for staff with a medical need.',
    }),
  );
  await formTeam(openData, katherine, [alan], daysAgo(7, 16));
  await review(bola, cars, [4, 4, 3, 3], 'Promising; I would like to see the taxi spend by directorate.', daysAgo(5, 10));
  await story.at(daysAgo(5, 11), () => teams.requestToJoin(priya, openData.id));
  await story.at(daysAgo(4, 15), () =>
    teams.saveBusinessCase(katherine, openData.id, {
      ...sections,
      problem: 'Small suppliers cannot see our buying plans, so they rarely bid and we get fewer, pricier offers.',
      proposal: 'Publish the procurement pipeline monthly as open data.',
      benefits: '',
      risks: '',
      measuresOfSuccess: '',
      estimatedAnnualSaving: 0n,
      oneOffCost: 0n,
      runningCost: 0n,
    }),
  );
  await story.at(daysAgo(3, 10), () =>
    app.get(ImpactService).record(ada, {
      ideaId: timesheets.id,
      realisedSaving: 850_000n,
      note: 'First quarter: 70% of timesheets submitted online; re-keying down by two thirds.',
    }),
  );

  // Buzz: new ideas gathering support and discussion this week.
  const quietRoom = await story.at(daysAgo(3, 11), () =>
    ideas.submit(omar, {
      title: 'A quiet room on every floor for focused work',
      description: 'Open-plan floors are noisy. A bookable quiet room would help with writing, analysis and calls.',
      tags: ['wellbeing', 'estates'],
    }),
  );
  const duplex = await story.at(daysAgo(2, 9), () =>
    ideas.submit(priya, {
      title: 'Default every printer to double-sided, black and white',
      description: 'Most printing does not need colour or single-sided pages. Changing the defaults halves the paper used.',
      tags: ['paperless', 'printing'],
      challengeId: challenge.id,
    }),
  );
  await supportOver(quietRoom, [[ada, daysAgo(2, 10)]]);
  const first = await story.at(daysAgo(1, 11), () =>
    comments.add(grace, { ideaId: quietRoom.id, body: 'Could we convert the unused meeting room on floor 3 first?' }),
  );
  await story.at(daysAgo(1, 12), () =>
    comments.add(omar, { ideaId: quietRoom.id, body: 'Good idea, that one is rarely booked.', parentId: first.comment.id }),
  );
  await supportOver(quietRoom, [[priya, daysAgo(1, 14)]]);
  await supportOver(duplex, [[katherine, hoursAgo(4)]]);
  await story.at(hoursAgo(3), () =>
    comments.add(tom, { ideaId: duplex.id, body: 'Facilities can change the defaults centrally in an afternoon.' }),
  );
  await story.finish();
}
