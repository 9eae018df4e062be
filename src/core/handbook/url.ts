/**
 * Handbook job-family URLs: what a person may paste, its canonical form, and where the page's
 * markdown lives. The handbook site serves HTML built from markdown in the GitLab project
 * gitlab-com/content-sites/handbook, so we read the markdown from that project's raw files.
 */
import { echoInput } from '../echo';

export const HANDBOOK_ORIGIN = 'https://handbook.gitlab.com';
export const JOB_FAMILIES_PATH = '/job-families/';
/** The one prefix the add-on fetches from; the manifest's urlFetchWhitelist lists exactly this. */
export const RAW_JOB_FAMILIES_PREFIX =
  'https://gitlab.com/gitlab-com/content-sites/handbook/-/raw/main/content/job-families/';

/** Hosts that have served the job-family pages (the old about.gitlab.com handbook redirects). */
const HANDBOOK_HOSTS = new Set(['handbook.gitlab.com', 'about.gitlab.com']);
const MAX_URL_LENGTH = 500;
const SEGMENT = /^[a-z0-9][a-z0-9_-]*$/;
const MAX_SEGMENTS = 4;

export interface HandbookPageRef {
  /** Path below job-families/, e.g. `sales/deal-desk`. */
  path: string;
  /** The canonical page URL, `https://handbook.gitlab.com/job-families/sales/deal-desk/`. */
  url: string;
  /** The anchor of the pasted URL (a level's heading slug), or null. */
  anchor: string | null;
}

export type HandbookUrlResult = { ok: true; page: HandbookPageRef } | { ok: false; error: string };

const EXAMPLE = `${HANDBOOK_ORIGIN}${JOB_FAMILIES_PATH}<department>/<page>/`;

/** Reads a pasted handbook URL; anything else gets a message saying what a good one looks like. */
export function parseHandbookUrl(input: string): HandbookUrlResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: `Paste the address of a job-family page, like ${EXAMPLE}` };
  if (text.length > MAX_URL_LENGTH)
    return { ok: false, error: `That address is too long (at most ${MAX_URL_LENGTH} characters).` };
  // People often copy an address without its scheme; http is read as https, the only scheme the handbook serves.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  // Parsed by hand: Apps Script's runtime has no URL class.
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(withScheme);
  if (!match) return { ok: false, error: `That is not a web address. Paste one like ${EXAMPLE}` };
  const [, scheme = '', authority = '', pathname = '', , hash = ''] = match;
  if (!['https', 'http'].includes(scheme.toLowerCase())) {
    return { ok: false, error: `Only handbook web addresses can be read, like ${EXAMPLE}` };
  }
  // Words typed into the box ("not a url") are no address at all, not an address on another site.
  if (/\s/.test(authority))
    return { ok: false, error: `That is not a web address. Paste one like ${EXAMPLE}` };
  const host = authority.toLowerCase().replace(/\.$/, '');
  if (!HANDBOOK_HOSTS.has(host)) {
    const shown = echoInput(authority);
    return {
      ok: false,
      error: `Only GitLab handbook job-family pages (on handbook.gitlab.com) can be imported, and ${shown ? `this address is on ${shown}` : 'this address names no site'}.`,
    };
  }
  if (!pathname.startsWith(JOB_FAMILIES_PATH)) {
    return {
      ok: false,
      error: `That handbook page is not a job family. Job-family pages live under ${HANDBOOK_ORIGIN}${JOB_FAMILIES_PATH}`,
    };
  }
  const segments = pathname
    .slice(JOB_FAMILIES_PATH.length)
    .split('/')
    .filter((s) => s !== '');
  if (segments.length < 2) {
    return {
      ok: false,
      error: `That address names a department, not a job family. Open one of its job families and paste that address.`,
    };
  }
  if (segments.length > MAX_SEGMENTS || !segments.every((s) => SEGMENT.test(s))) {
    return {
      ok: false,
      error: `That does not look like a job-family page address. It should look like ${EXAMPLE}`,
    };
  }
  const path = segments.join('/');
  const anchor = hash.length > 1 ? decodeAnchor(hash.slice(1)) : null;
  return { ok: true, page: { path, url: `${HANDBOOK_ORIGIN}${JOB_FAMILIES_PATH}${path}/`, anchor } };
}

function decodeAnchor(hash: string): string | null {
  try {
    const anchor = decodeURIComponent(hash).toLowerCase();
    return /^[a-z0-9_-]{1,120}$/.test(anchor) ? anchor : null;
  } catch {
    return null;
  }
}

/**
 * The raw markdown files a page may be built from, in the order to try them: Hugo builds
 * `sales/deal-desk/` from `sales/deal-desk.md` or, for a section, `sales/deal-desk/_index.md`
 * (rarely `index.md`).
 */
export function rawMarkdownUrls(page: HandbookPageRef): string[] {
  const base = `${RAW_JOB_FAMILIES_PREFIX}${page.path}`;
  return [`${base}.md`, `${base}/_index.md`, `${base}/index.md`];
}

/** The job-family path of a handbook URL the catalog holds (anchor ignored), or null. */
export function handbookPathOf(url: string): string | null {
  const parsed = parseHandbookUrl(url);
  return parsed.ok ? parsed.page.path : null;
}
