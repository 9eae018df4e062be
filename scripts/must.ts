/**
 * Narrowing for what a script knows is there: an index inside its array, the one output file esbuild
 * returns with `write: false`, a tab the harness just made. A miss throws an Error saying what was missing.
 */

/** `items[index]`, which must be there. */
export function at<T>(items: ArrayLike<T>, index: number, what = 'item'): T {
  const item = items[index];
  if (item === undefined) throw new Error(`No ${what} at index ${index} (there are ${items.length})`);
  return item;
}

/** A value that must be there. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}
