/**
 * Row-level security for tenant tables: rows are visible and writable only when their tenant_id
 * is the transaction's app.tenant_id. FORCE applies it to the table owner as well, so only a
 * superuser or a BYPASSRLS role could see across tenants, and the app connects as neither.
 */
export function enableTenantIsolation(...tables: string[]): string {
  return tables
    .map(
      (table) => `
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant_isolation ON ${table}
          USING (tenant_id = current_tenant_id())
          WITH CHECK (tenant_id = current_tenant_id());`,
    )
    .join('\n');
}
