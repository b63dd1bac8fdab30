import { Client } from 'pg';
import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';

/** Invariant 5: no row of one instance is ever readable or writable from another. */
describe('tenant isolation', () => {
  let app: TestApp;
  let given: Given;
  let first: GivenTenant;
  let second: GivenTenant;
  let firstMember: GivenMember;
  let secondMember: GivenMember;
  let sql: Client;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
    first = await given.tenant();
    second = await given.tenant();
    firstMember = await given.member(first);
    secondMember = await given.member(second);
    // The app's own role, as the running app connects: no superuser, no BYPASSRLS.
    sql = new Client({ connectionString: app.urls.appUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  describe('through the API', () => {
    it('does not show a member of another instance', async () => {
      const seen = await app.api.ok<{ member: unknown }>(
        'query($id: ID!) { member(id: $id) { id } }',
        { id: secondMember.id },
        { token: firstMember.token },
      );
      expect(seen.member).toBeNull();
    });

    it("does not let an admin change another instance's member", async () => {
      const code = await app.api.code(
        'mutation($id: ID!) { setRole(memberId: $id, role: ADMIN) { id } }',
        { id: secondMember.id },
        { token: first.admin.token },
      );
      expect(code).toBe('NOT_FOUND');
      const after = await app.api.ok<{ me: { role: string } }>('{ me { role } }', {}, { token: secondMember.token });
      expect(after.me.role).toBe('MEMBER');
    });

    it("answers each token with its own instance's settings only", async () => {
      await app.api.ok('mutation { updateTenantSettings(input: { currencyName: "Beans" }) { id } }', {}, { token: first.admin.token });
      const seenByFirst = await app.api.ok<{ tenant: { slug: string; currencyName: string } }>(
        '{ tenant { slug currencyName } }',
        {},
        { token: firstMember.token },
      );
      const seenBySecond = await app.api.ok<{ tenant: { slug: string; currencyName: string } }>(
        '{ tenant { slug currencyName } }',
        {},
        { token: secondMember.token },
      );
      expect(seenByFirst.tenant).toEqual({ slug: first.slug, currencyName: 'Beans' });
      expect(seenBySecond.tenant).toEqual({ slug: second.slug, currencyName: 'Peas' });
    });

    it('does not sign in to one instance with an account of another', async () => {
      const code = await app.api.code('mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
        i: { tenantSlug: first.slug, email: secondMember.email, password: 'correct horse battery staple' },
      });
      expect(code).toBe('UNAUTHENTICATED');
    });
  });

  describe('in PostgreSQL, under the app role', () => {
    it('shows no tenant rows at all without a tenant scope', async () => {
      const { rows } = await sql.query('SELECT count(*)::int AS n FROM members');
      expect(rows[0].n).toBe(0);
    });

    it('shows only the scoped tenant rows, even when asked for another by id', async () => {
      await sql.query('BEGIN');
      try {
        await sql.query(`SELECT set_config('app.tenant_id', $1, true)`, [first.tenant.id]);
        const all = await sql.query<{ tenant_id: string }>('SELECT DISTINCT tenant_id FROM members');
        expect(all.rows.map((r) => r.tenant_id)).toEqual([first.tenant.id]);
        const other = await sql.query('SELECT id FROM members WHERE id = $1', [secondMember.id]);
        expect(other.rowCount).toBe(0);
      } finally {
        await sql.query('ROLLBACK');
      }
    });

    it("refuses to write a row into another tenant, or to change another tenant's rows", async () => {
      await sql.query('BEGIN');
      try {
        await sql.query(`SELECT set_config('app.tenant_id', $1, true)`, [first.tenant.id]);
        await expect(
          sql.query(`INSERT INTO members (tenant_id, email, password_hash, display_name) VALUES ($1, 'x@y.z', 'h', 'Intruder')`, [
            second.tenant.id,
          ]),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await sql.query('ROLLBACK');
      }
      await sql.query('BEGIN');
      try {
        await sql.query(`SELECT set_config('app.tenant_id', $1, true)`, [first.tenant.id]);
        const changed = await sql.query(`UPDATE members SET role = 'ADMIN' WHERE id = $1`, [secondMember.id]);
        expect(changed.rowCount).toBe(0);
      } finally {
        await sql.query('ROLLBACK');
      }
    });

    it('runs as a role that cannot bypass row-level security', async () => {
      const { rows } = await sql.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
      expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    });

    it('has forced row-level security and a tenant policy on every table with a tenant_id', async () => {
      const { rows } = await sql.query<{ table: string; rls: boolean; forced: boolean; policies: number }>(`
        SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
               (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname AND p.schemaname = 'public') AS policies
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const row of rows) expect(row).toEqual({ table: row.table, rls: true, forced: true, policies: expect.any(Number) });
      for (const row of rows) expect(row.policies).toBeGreaterThan(0);
    });

    it('keys every tenant table by (tenant_id, id) and points between tenant tables with tenant_id', async () => {
      const { rows } = await sql.query<{ table: string; columns: string[] }>(`
        SELECT c.relname AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns
          FROM pg_constraint con
          JOIN pg_class c ON c.oid = con.conrelid
          JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord) ON true
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
         WHERE con.contype IN ('p', 'f') AND c.relnamespace = 'public'::regnamespace
           AND EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.oid AND t.attname = 'tenant_id')
           AND (con.contype = 'p' OR con.confrelid <> 'tenants'::regclass)
         GROUP BY con.oid, c.relname`);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.columns[0]).toBe('tenant_id');
    });
  });
});
