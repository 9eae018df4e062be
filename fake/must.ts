/**
 * Narrowing for what the fake's own bookkeeping guarantees: an index inside its array or string, a
 * capture group its regular expression always fills, a map entry just set. A miss is a bug in the
 * fake, not something Apps Script reports, so these throw a plain Error saying what was missing.
 */

/** `items[index]`, which must be there. */
export function at<T>(items: ArrayLike<T>, index: number, what = 'item'): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Fake: no ${what} at index ${index} (there are ${items.length})`);
  return item;
}

/** A value that must be there. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Fake: ${what} is missing`);
  return value;
}
