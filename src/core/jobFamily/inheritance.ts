/**
 * Turns the draft's levels into the result's levels: "Extends that of X" bullets replaced by X's
 * list (transitively, cycles cut), page-wide lists given to every level, slugs assigned.
 *
 * Page-wide Responsibilities and Requirements describe the whole family, so every level gets
 * them first (marked `inheritedFrom: 'page'`), then its own items. Page-wide performance
 * indicators stay on the page. A text already in a level's list is not repeated.
 */
import { isCommonBullet } from './common';
import type { Draft, DraftLevel, ListKind } from './draft';
import { coreRoleWords, kebab, roleWords } from './roleNames';
import type { JobFamilyItem, JobFamilyLevel } from './types';

const LIST_KINDS: readonly ListKind[] = ['responsibilities', 'requirements', 'performanceIndicators'];

const EXTENDS_LEAD = new RegExp(
  '^(?:' +
    [
      // "Extends that of the X responsibilities", "Extends the X requirements"
      '(?:this role |the role |it |role )?(?:extends|exends|extending|inherits|builds (?:up)?on|includes all(?: of)?)\\s*:?\\s*(?:(?:all |the )?(?:that|those|ones|responsibilities|requirements|duties) (?:of|for|from)\\s+)?',
      // "All requirements for a Security Analyst; plus:", "Same responsibilities as X"
      '(?:all|same) (?:of )?(?:the )?(?:responsibilities|requirements|duties) (?:of|from|for|as)\\s+(?:an? )?',
      // "Everything in the Product Designer role, plus:"
      'everything (?:in|from|of)\\s+',
      // "In addition to the responsibilities of a Security Analyst ..."
      'in addition to (?:the |all )?(?:responsibilities|requirements|duties) (?:of|for)\\s+(?:an? )?',
      // "Senior recruiters share the same requirements as the Intermediate recruiter ...",
      // "The Senior X has all the same responsibilities as the intermediate position plus ..."
      '[^.;:]{0,60}?\\b(?:shares?|has|have) (?:all )?the same (?:responsibilities|requirements|duties) as\\s+(?:an? )?(?:the ones )?',
    ].join('|') +
    ')(?:the\\s+)?',
  'i',
);
const RELATIVE_REFERENCE = /\b(previous|prior|preceding|above|lower|below|earlier)\b/i;
const NOT_ROLE_WORDS = new Set([
  'outlined',
  'listed',
  'described',
  'mentioned',
  'ones',
  'responsibilities',
  'responsibility',
  'requirements',
  'requirement',
  'duties',
  'plus',
  'following',
  'additional',
  'with',
  'while',
  'that',
  'those',
  'all',
  'as',
  'well',
  'below',
]);

/** The text after "Extends that of the", when a bullet inherits another list; null otherwise. */
export function extendsReference(text: string): string | null {
  const lead = EXTENDS_LEAD.exec(text);
  return lead ? text.slice(lead[0].length).trim() : null;
}

type Reference = { level: DraftLevel } | { page: true } | null;

export function resolveReference(
  reference: string,
  self: DraftLevel,
  levels: readonly DraftLevel[],
  pageTitle: string,
): Reference {
  const words = new Set(stems(roleWords(reference)));
  const others = levels.filter((level) => level !== self);
  let best: DraftLevel | null = null;
  let bestScore = 0;
  for (const level of others) {
    const core = stems(coreRoleWords(level.title));
    if (core.length === 0 || !core.every((word) => words.has(word))) continue;
    const score = core.length * 2 + (stems(roleWords(level.title)).every((word) => words.has(word)) ? 1 : 0);
    if (score > bestScore) {
      best = level;
      bestScore = score;
    }
  }
  if (best) return { level: best };

  const index = levels.indexOf(self);
  // Only the name itself counts: "X, while placing emphasis on Y" names X.
  const named = coreRoleWords(reference.split(/[,;(]|\s(?:plus|while|with|and also)\s/i)[0] ?? '').filter(
    (word) => !NOT_ROLE_WORDS.has(word),
  );
  if (
    named.length === 0 ||
    (RELATIVE_REFERENCE.test(reference) && named.every((word) => RELATIVE_REFERENCE.test(word)))
  ) {
    return index > 0 ? { level: levels[index - 1] as DraftLevel } : null;
  }
  const namedStems = stems(named);
  const containing = others.filter((level) => {
    const pool = new Set(stems(roleWords(level.title)));
    return namedStems.every((word) => pool.has(word));
  });
  if (containing.length === 1) return { level: containing[0] as DraftLevel };
  if (containing.length > 1) {
    const before = containing.filter((level) => levels.indexOf(level) < index);
    return { level: (before[before.length - 1] ?? containing[0]) as DraftLevel };
  }
  const page = new Set(stems(roleWords(pageTitle)));
  if (namedStems.every((word) => page.has(word))) return { page: true };
  return null;
}

/**
 * References name levels loosely: "the Senior Financial Systems Administrators responsibilities"
 * means "Senior Finance Systems Administrator". Words are compared by a short stem: no plural s,
 * at most six letters.
 */
function stems(words: readonly string[]): string[] {
  return words.map((word) => {
    const singular = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
    return singular.slice(0, 6);
  });
}

interface Resolved {
  text: string;
  inheritedFrom?: string;
}

export function buildLevels(draft: Draft, pageTitle: string, warnings: string[]): JobFamilyLevel[] {
  const levels = draft.levels;
  const slugs = assignSlugs(levels);
  const memo = new Map<DraftLevel, Partial<Record<ListKind, Resolved[]>>>();
  const visiting = new Set<string>();
  const warned = new Set<string>();
  // A list computed while a circle was cut is partial from that one entry point; it is not cached.
  let cutCircles = 0;

  const pageList = (kind: ListKind): Resolved[] =>
    draft.pageLists[kind].filter((text) => extendsReference(text) === null).map((text) => ({ text }));

  const resolve = (level: DraftLevel, kind: ListKind): Resolved[] => {
    const cached = memo.get(level)?.[kind];
    if (cached) return cached;
    const visitKey = `${slugs.get(level)}|${kind}`;
    if (visiting.has(visitKey)) {
      if (!warned.has(visitKey)) {
        warned.add(visitKey);
        warnings.push(`"${level.title}" ${label(kind)} extend each other in a circle; the circle was cut.`);
      }
      cutCircles++;
      return [];
    }
    visiting.add(visitKey);
    const cutBefore = cutCircles;
    const out: Resolved[] = [];
    const entries = [...level.lists[kind]];
    if (
      level.extendsText &&
      kind !== 'performanceIndicators' &&
      !entries.some((text) => extendsReference(text) !== null)
    ) {
      entries.unshift(level.extendsText);
    }
    for (const text of entries) {
      const reference = extendsReference(text);
      if (reference === null) {
        out.push({ text });
        continue;
      }
      const anchored = levels.find(
        (other) => other !== level && draft.referenceAnchors.get(text) === kebab(other.title),
      );
      const target = anchored ? { level: anchored } : resolveReference(reference, level, levels, pageTitle);
      if (target === null) {
        if (text !== level.extendsText) {
          warnings.push(`"${level.title}": could not tell which level "${text}" refers to; left out.`);
        }
        continue;
      }
      const inherited = 'page' in target ? pageList(kind) : resolve(target.level, kind);
      const from = 'page' in target ? 'page' : (slugs.get(target.level) as string);
      for (const item of inherited) out.push({ text: item.text, inheritedFrom: item.inheritedFrom ?? from });
    }
    visiting.delete(visitKey);
    if (cutCircles === cutBefore) {
      const entry = memo.get(level) ?? {};
      entry[kind] = out;
      memo.set(level, entry);
    }
    return out;
  };

  // Inherited and page-wide texts recur in many levels; read each once.
  const seenTexts = new Map<string, { key: string; common: boolean }>();
  return levels.map((level) => {
    const lists = {} as Record<ListKind, JobFamilyItem[]>;
    for (const kind of LIST_KINDS) {
      const own = resolve(level, kind);
      const page =
        kind === 'performanceIndicators'
          ? []
          : pageList(kind).map((item) => ({ ...item, inheritedFrom: 'page' }));
      lists[kind] = toItems([...page, ...own], seenTexts);
    }
    return {
      title: level.title,
      slug: slugs.get(level) as string,
      grade: level.grade,
      responsibilities: lists.responsibilities,
      requirements: lists.requirements,
      performanceIndicators: lists.performanceIndicators,
    };
  });
}

function toItems(
  entries: readonly Resolved[],
  texts: Map<string, { key: string; common: boolean }>,
): JobFamilyItem[] {
  const seen = new Set<string>();
  const items: JobFamilyItem[] = [];
  for (const entry of entries) {
    let known = texts.get(entry.text);
    if (!known) {
      known = {
        key: entry.text
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim(),
        common: isCommonBullet(entry.text),
      };
      texts.set(entry.text, known);
    }
    if (seen.has(known.key)) continue;
    seen.add(known.key);
    const item: JobFamilyItem = { text: entry.text, common: known.common };
    if (entry.inheritedFrom !== undefined) item.inheritedFrom = entry.inheritedFrom;
    items.push(item);
  }
  return items;
}

function assignSlugs(levels: readonly DraftLevel[]): Map<DraftLevel, string> {
  const slugs = new Map<DraftLevel, string>();
  const used = new Set<string>();
  for (const level of levels) {
    const base = kebab(level.title);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    slugs.set(level, slug);
  }
  return slugs;
}

function label(kind: ListKind): string {
  return kind === 'performanceIndicators' ? 'performance indicators' : kind;
}
