/** How many gaps a period's focus holds: three by default, one to five as the person chooses. */
export const DEFAULT_FOCUS_SIZE = 3;
export const MIN_FOCUS_SIZE = 1;
export const MAX_FOCUS_SIZE = 5;

/** The size when it is a whole number from 1 to 5, else null. */
export function focusSizeOf(value: unknown): number | null {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_FOCUS_SIZE &&
    value <= MAX_FOCUS_SIZE
    ? value
    : null;
}
