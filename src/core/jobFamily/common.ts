/**
 * Bullets that nearly every GitLab job-family page carries whatever the role (sharing the
 * company's values, being able to use GitLab, the leadership expectations page, the background
 * check). They are kept, marked common, so a comparison of two roles can set them aside.
 */
const COMMON_PATTERNS: readonly RegExp[] = [
  /\bvalues\b.*\b(share|sharing|accordance|align|aligned|live|embod)/i,
  /\b(share|sharing|embod\w*|live|align\w*( with)?|demonstrat\w*)\s+(our|gitlab'?s?|the company'?s?)\s+values\b/i,
  /\b(ability|willingness|able|readiness) to (learn (and|to|how to) )?(fully )?(use|utilize) gitlab\b/i,
  /\binterest in gitlab\b/i,
  /\bleadership at gitlab\b/i,
  /\bbackground check\b/i,
  /\b(thrive|succeed|work\w*)\b.*\b(all[- ]remote|fully[- ]remote|remote[- ]first)\b/i,
];

export function isCommonBullet(text: string): boolean {
  return COMMON_PATTERNS.some((pattern) => pattern.test(text));
}
