/**
 * Which addresses the add-on may fetch: the raw job-family markdown files below one prefix, and
 * nothing a redirect can smuggle past a plain prefix test. An address is taken apart, its path
 * decoded once and normalised the way a server might read it, then checked segment by segment;
 * what is fetched is the address rebuilt from the checked segments, never the text as received.
 */
import { RAW_JOB_FAMILIES_PREFIX } from './url';

const ORIGIN = /^https:\/\/[^/]+/.exec(RAW_JOB_FAMILIES_PREFIX)?.[0] ?? '';
const HOST = ORIGIN.slice('https://'.length);
/** The prefix's path segments: gitlab-com, content-sites, handbook, -, raw, main, content, job-families. */
const PREFIX_SEGMENTS = RAW_JOB_FAMILIES_PREFIX.slice(ORIGIN.length).split('/').filter(Boolean);
const DIRECTORY = /^[a-z0-9][a-z0-9_-]*$/;
const FILE = /^(?:[a-z0-9][a-z0-9_-]*|_index)\.md$/;
/** Departments, families and sub-families: the handbook nests no deeper than this. */
const MAX_DIRECTORIES = 4;
const MAX_URL_LENGTH = 1000;

export type RawUrlCheck = { ok: true; url: string } | { ok: false; why: string };

/**
 * The canonical form of an address inside the raw job-family files, or why it is refused.
 * Refused: another scheme, host or port, user info, a query or fragment, a path that leaves the
 * prefix once decoded and normalised, and anything still percent-encoded after one decode.
 */
export function checkRawJobFamilyUrl(url: string): RawUrlCheck {
  if (url.length > MAX_URL_LENGTH) return refuse('the address is too long');
  // Browsers drop tabs and newlines inside an address and trim spaces: refuse rather than guess.
  if (hasSpaceOrControl(url)) return refuse('the address holds spaces or control characters');
  // Browsers read a backslash as a slash in web addresses, so "https:\\evil.example" is another host.
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)([?#].*)?$/i.exec(url.replace(/\\/g, '/'));
  if (!match) return refuse('it is not an absolute web address');
  const [, scheme = '', authority = '', rawPath = '', rest] = match;
  if (scheme.toLowerCase() !== 'https') return refuse(`the scheme is ${scheme.toLowerCase()}, not https`);
  if (authority.includes('@')) return refuse('the address carries user information');
  const hostAndPort = /^([^:]*)(?::(\d*))?$/.exec(authority);
  if (!hostAndPort) return refuse('the host is malformed');
  const [, host = '', port] = hostAndPort;
  if (port !== undefined && port !== '443') return refuse(`it names port ${port || '(empty)'}`);
  if (host.toLowerCase().replace(/\.$/, '') !== HOST) return refuse(`the host is ${host || 'missing'}`);
  if (rest !== undefined) return refuse('the address has a query or fragment');

  const segments = pathSegments(rawPath);
  if (!segments.ok) return segments;
  const { names } = segments;
  if (!PREFIX_SEGMENTS.every((expected, i) => names[i] === expected)) {
    return refuse('the path is outside the job-family files');
  }
  const below = names.slice(PREFIX_SEGMENTS.length);
  const file = below[below.length - 1];
  const directories = below.slice(0, -1);
  if (file === undefined || !FILE.test(file)) return refuse('the path does not name a markdown file');
  if (directories.length > MAX_DIRECTORIES || !directories.every((d) => DIRECTORY.test(d))) {
    return refuse('the path does not look like a job-family file');
  }
  return { ok: true, url: `${RAW_JOB_FAMILIES_PREFIX}${below.join('/')}` };
}

/** True for an address the add-on may fetch: the raw job-family files and nothing else. */
export function isRawJobFamilyUrl(url: string): boolean {
  return checkRawJobFamilyUrl(url).ok;
}

/** Where a redirect's Location points, resolved against the address that sent it (absolute, or null). */
export function resolveLocation(location: string, from: string): string | null {
  if (location === '') return null;
  const text = location.replace(/\\/g, '/');
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return location;
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(from)?.[0];
  if (!origin) return null;
  if (text.startsWith('//')) return `${origin.slice(0, origin.indexOf(':'))}:${text}`;
  if (text.startsWith('/')) return `${origin}${text}`;
  // A relative path replaces the last segment of the sender's path.
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(from)?.[1] ?? '/';
  return `${origin}${path.slice(0, path.lastIndexOf('/') + 1)}${text}`;
}

type Segments = { ok: true; names: string[] } | { ok: false; why: string };

/**
 * The path's segments after one percent-decode, with "." and empty segments dropped and ".."
 * applied. Encoded separators and dots count as the real thing (a server may decode them), and a
 * path that still holds an encoded separator or dot after the decode was encoded twice on purpose.
 */
function pathSegments(rawPath: string): Segments {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refuse('the path has broken percent-encoding');
  }
  if (/%(?:2e|2f|5c)/i.test(decoded)) return refuse('the path is percent-encoded twice');
  if (decoded.includes('%')) return refuse('the path is still percent-encoded after decoding');
  if (hasSpaceOrControl(decoded)) return refuse('the path holds spaces or control characters');
  const names: string[] = [];
  for (const segment of decoded.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (names.pop() === undefined) return refuse('the path climbs above the site root');
      continue;
    }
    // Some servers drop trailing dots ("..." or "sales."), which would turn a name into another.
    if (segment.endsWith('.')) return refuse('a path segment ends with a dot');
    names.push(segment);
  }
  return { ok: true, names };
}

function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

function refuse(why: string): { ok: false; why: string } {
  return { ok: false, why };
}
