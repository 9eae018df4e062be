/**
 * Levels a page leaves empty on purpose: "to be defined", "TBD", "WIP", "defined at the time of
 * business need". Such text is a note about the level, never one of its items, and it explains an
 * empty level better than a generic warning does.
 */

const MARKER =
  /\b(tbd|tba|wip|work in progress|to be (defined|determined|decided|confirmed|added|written)|yet to be (defined|determined|written)|(will be|are|is|being) (defined|determined|written) (at|when|later|in)\b|defined at the time of (the )?business need|coming soon|placeholder|under construction)\b/i;

/** Words that may stand around a marker in a bullet that says nothing else ("Requirements to be defined."). */
const AROUND_MARKER = new Set(
  (
    'the this that these a an level role position section page responsibilities requirements ' +
    'performance indicators details description content currently still for are is will be at'
  ).split(' '),
);

const MAX_PROSE_WORDS = 40;

/** A bullet that only says the list is not written yet ("TBD", "To be defined"). */
export function isPlaceholderBullet(text: string): boolean {
  const match = MARKER.exec(text);
  if (!match) return false;
  const rest = text
    .replace(MARKER, ' ')
    .toLowerCase()
    .split(/[^a-z]+/);
  return rest.every((word) => word === '' || AROUND_MARKER.has(word));
}

/** A short paragraph saying the level's lists will come later. */
export function isPlaceholderProse(text: string): boolean {
  return MARKER.test(text) && text.split(/\s+/).length <= MAX_PROSE_WORDS;
}

const TITLE_MARKER =
  /\s*(?:[-–—:]\s*|\(\s*|\[\s*)(tbd|tba|wip|work in progress|to be defined|coming soon)\s*[)\]]?\s*$/i;

/** "Senior Director (WIP)": the level's name and the marker the heading carried, or null. */
export function placeholderInTitle(title: string): { title: string; marker: string } | null {
  const match = TITLE_MARKER.exec(title);
  if (!match || match.index === 0) return null;
  return { title: title.slice(0, match.index).trim(), marker: match[1] ?? '' };
}
