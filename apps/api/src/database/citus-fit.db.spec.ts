import { Client } from 'pg';

/**
 * The schema fits Citus (docs/scaling.md): every table with a tenant_id can be distributed by
 * it, every other table can be a reference table. Citus needs the distribution column in every
 * primary key and unique index of a distributed table, in every foreign key between distributed
 * tables (column to column), and no foreign key from a reference table into a distributed one.
 */
describe('the schema distributes by tenant_id', () => {
  let sql: Client;

  beforeAll(async () => {
    sql = new Client({ connectionString: process.env.IX_TEST_OWNER_URL });
    await sql.connect();
  });
  afterAll(() => sql.end());

  const tenantTables = async (): Promise<Set<string>> => {
    const { rows } = await sql.query<{ table: string }>(`
      SELECT c.relname AS table FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`);
    return new Set(rows.map((r) => r.table));
  };

  it('keys every tenant table by a primary key that includes tenant_id', async () => {
    const tenant = await tenantTables();
    expect(tenant.size).toBeGreaterThan(20);
    const { rows } = await sql.query<{ table: string; has_tenant: boolean }>(`
      SELECT c.relname AS table,
             EXISTS (SELECT 1 FROM unnest(con.conkey) k JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k WHERE a.attname = 'tenant_id') AS has_tenant
        FROM pg_class c LEFT JOIN pg_constraint con ON con.conrelid = c.oid AND con.contype = 'p'
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')`);
    const missing = rows.filter((r) => tenant.has(r.table) && !r.has_tenant).map((r) => r.table);
    expect(missing).toEqual([]);
  });

  it('points between tenant tables only through tenant_id = tenant_id, and never from a platform table into a tenant table', async () => {
    const tenant = await tenantTables();
    const { rows } = await sql.query<{ name: string; from: string; to: string; pairs: string[] }>(`
      SELECT con.conname AS name, c.relname AS from, r.relname AS to,
             array_agg(fa.attname || '=' || ta.attname) AS pairs
        FROM pg_constraint con
        JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_class r ON r.oid = con.confrelid
        JOIN LATERAL unnest(con.conkey, con.confkey) AS k(f, t) ON true
        JOIN pg_attribute fa ON fa.attrelid = c.oid AND fa.attnum = k.f
        JOIN pg_attribute ta ON ta.attrelid = r.oid AND ta.attnum = k.t
       WHERE con.contype = 'f' AND c.relnamespace = 'public'::regnamespace
       GROUP BY con.oid, con.conname, c.relname, r.relname`);
    expect(rows.length).toBeGreaterThan(20);
    const bad = rows.filter((fk) => {
      if (tenant.has(fk.from) && tenant.has(fk.to)) return !fk.pairs.includes('tenant_id=tenant_id');
      return !tenant.has(fk.from) && tenant.has(fk.to);
    });
    expect(bad).toEqual([]);
  });

  it('has no unique index on a tenant table without tenant_id (no uniqueness across instances)', async () => {
    const tenant = await tenantTables();
    const { rows } = await sql.query<{ index: string; table: string; has_tenant: boolean }>(`
      SELECT i.relname AS index, c.relname AS table,
             EXISTS (SELECT 1 FROM unnest(x.indkey::int2[]) k JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k WHERE a.attname = 'tenant_id') AS has_tenant
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class c ON c.oid = x.indrelid
       WHERE x.indisunique AND c.relnamespace = 'public'::regnamespace`);
    const crossTenant = rows.filter((r) => tenant.has(r.table) && !r.has_tenant).map((r) => `${r.table}.${r.index}`);
    expect(crossTenant).toEqual([]);
  });
});
