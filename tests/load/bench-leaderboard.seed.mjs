// Bulk seed for the leaderboard benchmark: members, ideas with teams, markets, recruits and
// trades over the last 60 days, written with multi-row INSERTs (unnest of column arrays) into
// the app's own tables, together with what the app writes as it goes: journal entries and
// postings, account balances, and the leaderboard points, positions and per-period scores.
// Markets price with the LMSR as the app does. Triggers and key checks are off during the load
// (session_replication_role = replica) for speed, so the rank buckets the score triggers keep are
// counted once at the end; the caller checks the result against the ledger afterwards.
import { randomUUID } from 'node:crypto';
import { progress as line } from '../../tools/bench/harness.mjs';

const DAY = 86_400_000;
const BOARD_MEMBERS = 100;
const CHUNK = 20_000;
const POINTS = { POSTED: 10, TEAMING: 20, INVESTMENT: 30, TEAM_INVESTMENT: 20, TOOK_PART: 1 };

/** The harness's progress line, as a bar for a phase of the load. */
function progress(label, done, total) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const percent = String(Math.floor((done / total) * 100)).padStart(3);
  line(`${label.padEnd(14)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% ${done}/${total}`, done >= total);
}

/** Column arrays for one table, flushed as one INSERT ... SELECT FROM unnest(...). */
class Batch {
  constructor(db, table, columns, overriding = false) {
    this.db = db;
    this.table = table;
    this.columns = columns; // [name, sql type]
    this.overriding = overriding;
    this.reset();
  }
  reset() {
    this.data = this.columns.map(() => []);
  }
  get size() {
    return this.data[0].length;
  }
  push(...values) {
    values.forEach((value, i) => this.data[i].push(value));
  }
  async flush() {
    if (this.size === 0) return;
    const names = this.columns.map(([name]) => name).join(', ');
    const unnest = this.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    const overriding = this.overriding ? 'OVERRIDING SYSTEM VALUE' : '';
    await this.db.query(`INSERT INTO ${this.table} (${names}) ${overriding} SELECT * FROM unnest(${unnest})`, this.data);
    this.reset();
  }
}

/** The LMSR cost b·ln(e^(y/b) + e^(n/b)) in hundredths, by log-sum-exp. */
function lmsrCost(b, yes, no) {
  const y = yes / b;
  const n = no / b;
  const top = Math.max(y, n);
  return b * (top + Math.log(Math.exp(y - top) + Math.exp(n - top)));
}

function priceYes(b, yes, no) {
  return 1 / (1 + Math.exp((no - yes) / b));
}

function periodStarts(at) {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const week = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  const month = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  return { WEEK: { ms: week, date: iso(week) }, MONTH: { ms: month, date: iso(month) } };
}

export async function seedInstance(db, { tenantId, passwordHash, members: memberCount, trades: tradeCount, markets: marketCount }) {
  const now = Date.now();
  const periods = periodStarts(new Date(now));
  const random = seededRandom(20240601);
  await db.query('SET session_replication_role = replica');
  const tenant = (
    await db.query('SELECT starting_grant, liquidity, recruit_bonus, recruit_bonus_monthly_cap FROM tenants WHERE id = $1', [tenantId])
  ).rows[0];
  const grant = Number(tenant.starting_grant);
  // An instance left on automatic sizing has no figure; the seeded markets keep the 100.00 the figures were taken at.
  const b = Number(tenant.liquidity ?? 10_000);
  const bonus = Number(tenant.recruit_bonus);
  const cap = Number(tenant.recruit_bonus_monthly_cap);
  const treasury = (await db.query(`SELECT id, balance FROM ledger_accounts WHERE tenant_id = $1 AND key = 'treasury'`, [tenantId]))
    .rows[0];
  let entryId = Number((await db.query('SELECT coalesce(max(id), 0) AS id FROM journal_entries')).rows[0].id);
  let postingId = Number((await db.query('SELECT coalesce(max(id), 0) AS id FROM postings')).rows[0].id);

  const entries = new Batch(
    db,
    'journal_entries',
    [
      ['tenant_id', 'uuid'],
      ['id', 'bigint'],
      ['kind', 'text'],
      ['reason', 'text'],
      ['reason_kind', 'text'],
      ['reason_params', 'jsonb'],
      ['member_id', 'uuid'],
      ['idea_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    true,
  );
  const postings = new Batch(
    db,
    'postings',
    [
      ['tenant_id', 'uuid'],
      ['id', 'bigint'],
      ['entry_id', 'bigint'],
      ['account_id', 'uuid'],
      ['amount', 'bigint'],
      ['balance_after', 'bigint'],
    ],
    true,
  );
  const accounts = new Map([['treasury', { id: treasury.id, kind: 'TREASURY', balance: Number(treasury.balance) }]]);
  const account = (key, fields) => {
    let found = accounts.get(key);
    if (!found) accounts.set(key, (found = { id: randomUUID(), balance: 0, ...fields }));
    return found;
  };
  // Posts one balanced entry, its reason as the ledger words it (English, with its kind and values);
  // returns its id. Balances stay in memory until the end.
  const post = (kind, [reason, reasonKind, reasonParams], memberId, ideaId, at, lines) => {
    entryId += 1;
    entries.push(tenantId, entryId, kind, reason, reasonKind, JSON.stringify(reasonParams), memberId, ideaId, new Date(at));
    for (const [target, amount] of lines) {
      target.balance += amount;
      postingId += 1;
      postings.push(tenantId, postingId, entryId, target.id, amount, target.balance);
    }
    return entryId;
  };

  // Members: the first are board members (they never trade); a fifth of the rest were recruited.
  const members = Array.from({ length: memberCount }, (_, i) => ({
    id: randomUUID(),
    email: `member${i}@bench.gov.uk`,
    role: i < BOARD_MEMBERS ? 'BOARD' : 'MEMBER',
    joinedAt: now - 90 * DAY + i,
    inviter: i >= 1000 && random() < 0.2 ? Math.floor(random() * i) : -1,
    tookPartAt: null,
    bonusPaid: 0,
    issued: grant,
  }));
  const memberBatch = new Batch(db, 'members', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['email', 'text'],
    ['password_hash', 'text'],
    ['display_name', 'text'],
    ['role', 'text'],
    ['invited_by', 'uuid'],
    ['joined_at', 'timestamptz'],
    ['email_verified', 'boolean'],
  ]);
  for (const [i, m] of members.entries()) {
    memberBatch.push(
      tenantId,
      m.id,
      m.email,
      passwordHash,
      `Member ${i}`,
      m.role,
      m.inviter >= 0 ? members[m.inviter].id : null,
      new Date(m.joinedAt),
      true,
    );
    m.wallet = account(`wallet:${m.id}`, { kind: 'WALLET', memberId: m.id });
    post('STARTING_GRANT', ['Starting grant for joining', 'STARTING_GRANT', {}], m.id, null, m.joinedAt, [
      [accounts.get('treasury'), -grant],
      [m.wallet, grant],
    ]);
    if (memberBatch.size >= CHUNK) {
      await memberBatch.flush();
      await entries.flush();
      await postings.flush();
      progress('members', i + 1, memberCount);
    }
  }
  await memberBatch.flush();
  progress('members', memberCount, memberCount);

  // Ideas floated on markets, opened over the last 85 days, each with a lead and two teammates.
  const scores = new Map(); // board|period|start|member -> score (hundredths)
  const pointRows = new Batch(db, 'leaderboard_points', [
    ['tenant_id', 'uuid'],
    ['board', 'text'],
    ['member_id', 'uuid'],
    ['reason', 'text'],
    ['subject_id', 'uuid'],
    ['points', 'bigint'],
    ['earned_at', 'timestamptz'],
  ]);
  const addScore = (board, memberId, delta, at, allPeriods = true) => {
    const keys = [`${board}|ALL_TIME|1970-01-01|${memberId}`];
    for (const period of ['WEEK', 'MONTH'])
      if (allPeriods && at >= periods[period].ms) keys.push(`${board}|${period}|${periods[period].date}|${memberId}`);
    for (const key of keys) scores.set(key, (scores.get(key) ?? 0) + delta);
  };
  const award = (board, memberId, reason, subjectId, points, at) => {
    pointRows.push(tenantId, board, memberId, reason, subjectId, points, new Date(at));
    addScore(board, memberId, points * 100, at);
  };
  const traderIndex = () => BOARD_MEMBERS + Math.floor((memberCount - BOARD_MEMBERS) * random() ** 1.5);
  const markets = Array.from({ length: marketCount }, () => ({
    id: randomUUID(),
    ideaId: randomUUID(),
    openedAt: now - 85 * DAY + random() * 84 * DAY,
  })).sort((x, y) => x.openedAt - y.openedAt);
  // One market is open before the first trade, so trading can start at once.
  markets[0].openedAt = now - 85 * DAY;
  const ideas = new Batch(db, 'ideas', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['author_id', 'uuid'],
    ['title', 'text'],
    ['description', 'text'],
    ['stage', 'text'],
    ['stage_changed_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
  ]);
  const events = new Batch(db, 'idea_stage_events', [
    ['tenant_id', 'uuid'],
    ['idea_id', 'uuid'],
    ['from_stage', 'text'],
    ['to_stage', 'text'],
    ['reason', 'text'],
    ['reason_kind', 'text'],
    ['at', 'timestamptz'],
  ]);
  const team = new Batch(db, 'team_members', [
    ['tenant_id', 'uuid'],
    ['idea_id', 'uuid'],
    ['member_id', 'uuid'],
    ['joined_at', 'timestamptz'],
  ]);
  for (const [n, market] of markets.entries()) {
    const at = market.openedAt;
    const author = members[traderIndex()];
    const mates = [members[traderIndex()], members[traderIndex()]].filter((m, i, all) => m !== author && all.indexOf(m) === i);
    ideas.push(
      tenantId,
      market.ideaId,
      author.id,
      `Benchmark idea number ${n}`,
      'Seeded for the leaderboard benchmark.',
      'INVESTMENT',
      new Date(at),
      new Date(at),
    );
    for (const [from, to] of [
      [null, 'BUZZ'],
      ['BUZZ', 'TEAMING'],
      ['TEAMING', 'INVESTMENT'],
    ])
      events.push(tenantId, market.ideaId, from, to, 'Seeded', 'NOTE', new Date(at));
    for (const mate of mates) team.push(tenantId, market.ideaId, mate.id, new Date(at));
    for (const reason of ['POSTED', 'TEAMING', 'INVESTMENT']) award('INNOVATORS', author.id, reason, market.ideaId, POINTS[reason], at);
    for (const member of [author, ...mates]) award('TEAMS', member.id, 'INVESTMENT', market.ideaId, POINTS.TEAM_INVESTMENT, at);
    Object.assign(market, { yes: 0, no: 0, volume: 0, trades: 0, subsidy: Math.ceil(b * Math.LN2) + 1 });
    market.pool = account(`pool:${market.id}`, { kind: 'POOL', marketId: market.id });
    post('MARKET_SUBSIDY', ['Market opened: the market maker’s subsidy', 'MARKET_OPENED', {}], null, market.ideaId, at, [
      [accounts.get('treasury'), -market.subsidy],
      [market.pool, market.subsidy],
    ]);
  }
  for (const batch of [ideas, events, team, entries, postings]) await batch.flush();

  // Trades, in time order, each by a random non-board member on a market already open. Buys
  // lean to the cheaper outcome so prices stay well inside (0, 1), as a real crowd would keep them.
  const trades = new Batch(db, 'trades', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['market_id', 'uuid'],
    ['member_id', 'uuid'],
    ['entry_id', 'bigint'],
    ['outcome', 'text'],
    ['shares', 'bigint'],
    ['cost', 'bigint'],
    ['price_yes_after', 'float8'],
    ['balance_after', 'bigint'],
    ['idempotency_key', 'text'],
    ['created_at', 'timestamptz'],
  ]);
  const recruitBonuses = new Map(); // inviter|month -> count
  const checkpoints = ['WEEK', 'MONTH'].sort((x, y) => periods[x].ms - periods[y].ms);
  const worthAtStart = {};
  const issuedSince = { WEEK: new Map(), MONTH: new Map() };
  const tradedSince = { WEEK: new Set(), MONTH: new Set() };
  const start = now - 60 * DAY;
  let open = 0;
  for (let k = 0; k < tradeCount;) {
    const at = start + (60 * DAY * k) / tradeCount;
    while (checkpoints.length > 0 && at >= periods[checkpoints[0]].ms)
      worthAtStart[checkpoints.shift()] = netWorths(members, markets, accounts, b);
    while (open < markets.length && markets[open].openedAt <= at) open++;
    const market = markets[Math.floor(open * random() ** 1.3)];
    const member = members[traderIndex()];
    const held = ['YES', 'NO'].map((o) => accounts.get(`position:${market.id}:${o}:${member.id}`)).find((p) => p && p.balance > 0);
    const price = priceYes(b, market.yes, market.no);
    let outcome;
    let shares;
    let cost;
    if (held && random() < 0.3) {
      outcome = held.outcome;
      shares = -Math.min(held.balance, 100 * (1 + Math.floor(random() * 10)));
      const after = outcome === 'YES' ? [market.yes + shares, market.no] : [market.yes, market.no + shares];
      cost = -Math.floor(lmsrCost(b, market.yes, market.no) - lmsrCost(b, ...after));
    } else {
      outcome = random() < 1 - price ? 'YES' : 'NO';
      shares = 100 * (1 + Math.floor(random() * 20));
      const after = outcome === 'YES' ? [market.yes + shares, market.no] : [market.yes, market.no + shares];
      cost = Math.ceil(lmsrCost(b, ...after) - lmsrCost(b, market.yes, market.no));
      if (cost > member.wallet.balance) continue;
    }
    if (shares === 0 || cost === 0 || (shares < 0 && cost > 0)) continue;
    if (outcome === 'YES') market.yes += shares;
    else market.no += shares;
    market.volume += Math.abs(cost);
    market.trades += 1;
    const issued = account(`issued:${market.id}:${outcome}`, { kind: 'SHARES_ISSUED', marketId: market.id, outcome });
    const position = account(`position:${market.id}:${outcome}:${member.id}`, {
      kind: 'POSITION',
      marketId: market.id,
      memberId: member.id,
      outcome,
    });
    const entry = post(
      'TRADE',
      [
        `${shares > 0 ? 'Bought' : 'Sold'} ${(Math.abs(shares) / 100).toFixed(2)} ${outcome} shares`,
        shares > 0 ? 'BOUGHT' : 'SOLD',
        { shares: (Math.abs(shares) / 100).toFixed(2), outcome },
      ],
      member.id,
      market.ideaId,
      at,
      [
        [member.wallet, -cost],
        [market.pool, cost],
        [issued, -shares],
        [position, shares],
      ],
    );
    trades.push(
      tenantId,
      randomUUID(),
      market.id,
      member.id,
      entry,
      outcome,
      shares,
      cost,
      priceYes(b, market.yes, market.no),
      member.wallet.balance,
      randomUUID(),
      new Date(at),
    );
    for (const period of ['WEEK', 'MONTH']) if (at >= periods[period].ms) tradedSince[period].add(member.id);
    if (member.inviter >= 0 && member.tookPartAt === null) {
      member.tookPartAt = at;
      const inviter = members[member.inviter];
      award('RECRUITERS', inviter.id, 'TOOK_PART', member.id, POINTS.TOOK_PART, at);
      const month = `${inviter.id}|${new Date(at).toISOString().slice(0, 7)}`;
      if ((recruitBonuses.get(month) ?? 0) < cap && bonus > 0) {
        recruitBonuses.set(month, (recruitBonuses.get(month) ?? 0) + 1);
        post('RECRUIT_BONUS', ['Recruitment bonus: a colleague you invited took part', 'RECRUIT_BONUS', {}], inviter.id, null, at, [
          [accounts.get('treasury'), -bonus],
          [inviter.wallet, bonus],
        ]);
        member.bonusPaid = bonus;
        inviter.issued += bonus;
        for (const period of ['WEEK', 'MONTH'])
          if (at >= periods[period].ms) issuedSince[period].set(inviter.id, (issuedSince[period].get(inviter.id) ?? 0) + bonus);
      }
    }
    k++;
    if (trades.size >= CHUNK) {
      for (const batch of [entries, postings, trades]) await batch.flush();
      progress('trades', k, tradeCount);
    }
  }
  for (const batch of [entries, postings, trades]) await batch.flush();
  progress('trades', tradeCount, tradeCount);
  for (const period of checkpoints) worthAtStart[period] = netWorths(members, markets, accounts, b);

  // What the app keeps as it goes: markets' state, balances, recruits, positions and scores.
  const marketBatch = new Batch(db, 'markets', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['idea_id', 'uuid'],
    ['liquidity', 'bigint'],
    ['subsidy', 'bigint'],
    ['shares_yes', 'bigint'],
    ['shares_no', 'bigint'],
    ['price_yes', 'float8'],
    ['volume', 'bigint'],
    ['trade_count', 'int'],
    ['opened_at', 'timestamptz'],
  ]);
  for (const m of markets)
    marketBatch.push(
      tenantId,
      m.id,
      m.ideaId,
      b,
      m.subsidy,
      m.yes,
      m.no,
      priceYes(b, m.yes, m.no),
      m.volume,
      m.trades,
      new Date(m.openedAt),
    );
  await marketBatch.flush();
  const prices = new Map(markets.map((m) => [m.id, priceYes(b, m.yes, m.no)]));
  const accountBatch = new Batch(db, 'ledger_accounts', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['key', 'text'],
    ['kind', 'text'],
    ['asset', 'text'],
    ['member_id', 'uuid'],
    ['market_id', 'uuid'],
    ['outcome', 'text'],
    ['balance', 'bigint'],
  ]);
  const positionBatch = new Batch(db, 'leaderboard_positions', [
    ['tenant_id', 'uuid'],
    ['market_id', 'uuid'],
    ['outcome', 'text'],
    ['member_id', 'uuid'],
    ['shares', 'bigint'],
    ['marked_price', 'float8'],
    ['value', 'bigint'],
  ]);
  let done = 0;
  for (const [key, a] of accounts) {
    if (key === 'treasury') continue;
    const asset = a.outcome ? `${a.marketId}:${a.outcome}` : 'CURRENCY';
    accountBatch.push(tenantId, a.id, key, a.kind, asset, a.memberId ?? null, a.marketId ?? null, a.outcome ?? null, a.balance);
    if (a.kind === 'POSITION') {
      const price = a.outcome === 'YES' ? prices.get(a.marketId) : 1 - prices.get(a.marketId);
      positionBatch.push(tenantId, a.marketId, a.outcome, a.memberId, a.balance, price, Math.floor(a.balance * price));
    }
    if (accountBatch.size >= CHUNK) {
      await accountBatch.flush();
      await positionBatch.flush();
      progress('accounts', (done += CHUNK), accounts.size - 1);
    }
  }
  await accountBatch.flush();
  await positionBatch.flush();
  progress('accounts', accounts.size - 1, accounts.size - 1);
  await db.query('UPDATE ledger_accounts SET balance = $2 WHERE id = $1', [treasury.id, accounts.get('treasury').balance]);
  await db.query(
    `SELECT setval(pg_get_serial_sequence('journal_entries', 'id'), $1), setval(pg_get_serial_sequence('postings', 'id'), $2)`,
    [entryId, postingId],
  );

  const recruits = new Batch(db, 'recruits', [
    ['tenant_id', 'uuid'],
    ['member_id', 'uuid'],
    ['inviter_id', 'uuid'],
    ['joined_at', 'timestamptz'],
    ['took_part_at', 'timestamptz'],
    ['bonus_paid', 'bigint'],
  ]);
  for (const m of members)
    if (m.inviter >= 0)
      recruits.push(
        tenantId,
        m.id,
        members[m.inviter].id,
        new Date(m.joinedAt),
        m.tookPartAt === null ? null : new Date(m.tookPartAt),
        m.bonusPaid,
      );
  await recruits.flush();
  await pointRows.flush();

  // Traders: all time is trading profit (net worth less what the treasury issued), for those who
  // ever traded; a period is the change of net worth since the period began, less what the
  // treasury issued in it (as the app adds only trading entries and price moves).
  const worthNow = netWorths(members, markets, accounts, b);
  const traded = new Set([...accounts.values()].filter((a) => a.kind === 'POSITION').map((a) => a.memberId));
  for (const [i, m] of members.entries()) {
    if (!traded.has(m.id)) continue;
    scores.set(`TRADERS|ALL_TIME|1970-01-01|${m.id}`, worthNow[i] - m.issued);
    for (const period of ['WEEK', 'MONTH']) {
      const change = worthNow[i] - worthAtStart[period][i] - (issuedSince[period].get(m.id) ?? 0);
      if (change !== 0 || tradedSince[period].has(m.id)) scores.set(`TRADERS|${period}|${periods[period].date}|${m.id}`, change);
    }
  }
  const scoreBatch = new Batch(db, 'leaderboard_scores', [
    ['tenant_id', 'uuid'],
    ['board', 'text'],
    ['period', 'text'],
    ['period_start', 'date'],
    ['member_id', 'uuid'],
    ['score', 'bigint'],
  ]);
  done = 0;
  for (const [key, score] of scores) {
    scoreBatch.push(tenantId, ...key.split('|'), score);
    if (scoreBatch.size >= CHUNK) {
      await scoreBatch.flush();
      progress('scores', (done += CHUNK), scores.size);
    }
  }
  await scoreBatch.flush();
  progress('scores', scores.size, scores.size);
  await db.query(
    `INSERT INTO leaderboard_score_buckets (tenant_id, board, period, period_start, bucket, members)
     SELECT tenant_id, board, period, period_start, bucket, count(*)::int FROM leaderboard_scores WHERE tenant_id = $1 GROUP BY 1, 2, 3, 4, 5
     ON CONFLICT (tenant_id, board, period, period_start, bucket) DO UPDATE SET members = EXCLUDED.members`,
    [tenantId],
  );

  await db.query('SET session_replication_role = origin');
  process.stderr.write('vacuum analyze\n');
  for (const table of [
    'members',
    'ledger_accounts',
    'journal_entries',
    'postings',
    'trades',
    'markets',
    'leaderboard_scores',
    'leaderboard_score_buckets',
    'leaderboard_positions',
    'leaderboard_points',
    'recruits',
  ]) {
    await db.query(`VACUUM ANALYZE ${table}`);
  }
  return {
    counts: {
      members: memberCount,
      trades: tradeCount,
      markets: marketCount,
      accounts: accounts.size,
      journalEntries: entryId,
      scores: scores.size,
    },
  };
}

/** Each member's wallet plus positions marked at the markets' prices at that moment (in member order). */
function netWorths(members, markets, accounts, b) {
  const prices = new Map(markets.map((m) => [m.id, priceYes(b, m.yes, m.no)]));
  const index = new Map(members.map((m, i) => [m.id, i]));
  const worth = members.map((m) => m.wallet.balance);
  for (const a of accounts.values()) {
    if (a.kind !== 'POSITION' || a.balance === 0) continue;
    const yes = prices.get(a.marketId);
    worth[index.get(a.memberId)] += Math.floor(a.balance * (a.outcome === 'YES' ? yes : 1 - yes));
  }
  return worth;
}

/** A small linear congruential generator with a fixed seed, so every run seeds the same shape of data. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
