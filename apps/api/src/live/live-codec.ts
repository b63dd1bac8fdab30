/**
 * Live payloads cross processes as JSON: amounts (bigint) and times (Date) are tagged on the way
 * out and revived on the way in, so a subscriber in another process gets the same values the
 * publisher had.
 */
export function encodeLivePayload(payload: unknown): string {
  return JSON.stringify(payload, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    if (typeof original === 'bigint') return { $bigint: original.toString() };
    if (original instanceof Date) return { $date: original.toISOString() };
    return value;
  });
}

export function decodeLivePayload(json: unknown): unknown {
  return revive(typeof json === 'string' ? JSON.parse(json) : json);
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && typeof record.$bigint === 'string') return BigInt(record.$bigint);
  if (keys.length === 1 && typeof record.$date === 'string') return new Date(record.$date);
  return Object.fromEntries(keys.map((k) => [k, revive(record[k])]));
}
