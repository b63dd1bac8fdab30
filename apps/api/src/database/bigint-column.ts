import type { ValueTransformer } from 'typeorm';

/** BIGINT columns come back from pg as strings; amounts live in code as bigint hundredths. */
export const bigintColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};
