/**
 * Tolerance for the typing slips handbook authors leave in headings ("Responsibilties",
 * "Performance Indicaters", "Sr. Anaylst"): a small edit distance, counted the way people slip
 * (a letter missed, added, changed, or two swapped).
 */

/** Edits between two words (optimal string alignment), or `max + 1` as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? 0, max + 1);
}

/**
 * How many slips a word of this length may hold and still be read as the word meant: none in
 * short words (where one letter makes another word), one in most, two in long ones.
 */
export function allowedSlips(length: number): number {
  if (length < 5) return 0;
  return length < 12 ? 1 : 2;
}

/** The word of `known` that `word` was meant to be, or null when none is close enough. */
export function closestWord(word: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = allowedSlips(word.length) + 1;
  for (const candidate of known) {
    const distance = editDistance(
      word,
      candidate,
      Math.min(allowedSlips(candidate.length), bestDistance - 1),
    );
    if (distance < bestDistance && distance <= allowedSlips(candidate.length)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
