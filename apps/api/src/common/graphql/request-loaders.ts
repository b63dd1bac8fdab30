import DataLoader from 'dataloader';
import type { Actor } from '../../auth/actor';

const perRequest = new WeakMap<Actor, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader shared by every field of one request: the access guard makes one actor object
 * per request, so it keys the request. Loaders batch the fields of a page into one query.
 * They do not cache: a mutation and the fields that follow it always read fresh rows.
 */
export function requestLoader<K, V>(
  actor: Actor,
  name: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
): DataLoader<K, V> {
  let loaders = perRequest.get(actor);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(actor, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { cache: false });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Groups rows by a key, in the order of the keys asked for (a batch answer for list fields). */
export function groupInOrder<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
