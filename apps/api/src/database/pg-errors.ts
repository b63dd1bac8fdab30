/** PostgreSQL's SQLSTATE for a row that breaks a unique constraint or index. */
const UNIQUE_VIOLATION = '23505';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
}

/**
 * Whether a failed statement broke a unique constraint (that one, when named): how a service
 * tells "already exists" from a fault. TypeORM wraps pg's error in `driverError`; a prepared
 * statement (`TenantTx.prepared`) fails with pg's own.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driver = (error as { driverError?: DriverError } | undefined)?.driverError ?? (error as DriverError | undefined);
  return driver?.code === UNIQUE_VIOLATION && (constraint === undefined || driver.constraint === constraint);
}
