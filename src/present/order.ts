/** How the view model orders and buckets things, the same way on every machine (no locale). */

import { byCodeUnits } from '../text/compare.ts';

/** Anything with a date (ISO, or null when undated) and an id to break ties. */
export interface Dated {
  date: string | null;
  id: string;
}

/** Newest first, undated last, then by id. */
export const newestFirst = (a: Dated, b: Dated): number =>
  (b.date ?? '') < (a.date ?? '') ? -1 : (b.date ?? '') > (a.date ?? '') ? 1 : byCodeUnits(a.id, b.id);

/** Oldest first, undated last, then by id. */
export const oldestFirst = (a: Dated, b: Dated): number =>
  a.date === b.date ? byCodeUnits(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : byCodeUnits(a.date, b.date);

/** Adds `value` to the list kept under `key`, starting the list when it is the first. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The items of a list by their id. */
export function indexById<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}
