/**
 * Reads a handbook job-family page: from the script cache when it was read lately, else its
 * markdown from GitLab (UrlFetchApp), parsed. Never throws for what the network or the page does:
 * a failure comes back as a reason and a message for people. Nothing here touches the spreadsheet.
 */
import { fingerprint } from '../core/cells';
import { checkRawJobFamilyUrl, resolveLocation } from '../core/handbook/rawUrl';
import { rawMarkdownUrls, type HandbookPageRef } from '../core/handbook/url';
import type { JobFamilyPage } from '../core/jobFamily/types';
import type { HandbookFailureReason } from '../api/sheets';
import { jobFamilyParser } from './jobFamilyParser';

/** Job-family pages are a few tens of KB; anything this big is not one. */
export const MAX_PAGE_CHARS = 500_000;
/** Long enough for a look-up and the import that follows; short enough that an edited page shows within the hour. */
export const CACHE_SECONDS = 3600;
const CACHE_PREFIX = 'careergrowth.handbook.v1:';
/** CacheService refuses keys over 250 characters and values over 100 KB. */
const MAX_CACHE_KEY = 250;
const MAX_CACHE_VALUE = 100 * 1024;

export type PageLoad =
  | { ok: true; page: JobFamilyPage; fromCache: boolean }
  | { ok: false; reason: HandbookFailureReason; message: string };

type Fetched =
  { ok: true; text: string } | { ok: false; reason: HandbookFailureReason | 'missing'; message: string };

export function loadHandbookPage(ref: HandbookPageRef): PageLoad {
  const cache = CacheService.getScriptCache();
  const key = cacheKey(ref);
  const cached = readCached(cache.get(key));
  if (cached) return { ok: true, page: cached, fromCache: true };

  const fetched = fetchMarkdown(ref);
  if (!fetched.ok) {
    const reason = fetched.reason === 'missing' ? 'not-found' : fetched.reason;
    return { ok: false, reason, message: fetched.message };
  }
  const parsed = jobFamilyParser().parseJobFamily(fetched.text);
  if (!parsed.ok) {
    return {
      ok: false,
      reason: 'unreadable',
      message: `The page ${ref.url} could not be read as a job family: ${parsed.error}`,
    };
  }
  const json = JSON.stringify(parsed.page);
  if (json.length <= MAX_CACHE_VALUE) {
    try {
      cache.put(key, json, CACHE_SECONDS);
    } catch {
      // A page that does not fit the cache is simply read again next time.
    }
  }
  return { ok: true, page: parsed.page, fromCache: false };
}

function cacheKey(ref: HandbookPageRef): string {
  const key = `${CACHE_PREFIX}${ref.path}`;
  return key.length <= MAX_CACHE_KEY ? key : `${CACHE_PREFIX}#${fingerprint(ref.path)}`;
}

function readCached(value: string | null): JobFamilyPage | null {
  if (!value) return null;
  try {
    const page = JSON.parse(value) as Partial<JobFamilyPage> | null;
    return typeof page?.title === 'string' && Array.isArray(page.levels) ? (page as JobFamilyPage) : null;
  } catch {
    return null;
  }
}

/** The page's markdown from the first raw file that exists. */
function fetchMarkdown(ref: HandbookPageRef): Fetched {
  for (const url of rawMarkdownUrls(ref)) {
    const fetched = fetchOne(url, 1);
    if (fetched.ok || fetched.reason !== 'missing') return fetched;
  }
  return {
    ok: false,
    reason: 'missing',
    message: `The handbook has no job-family page at ${ref.url} (GitLab answered "not found"). Check the address, or the page may have moved.`,
  };
}

function fetchOne(url: string, redirectsLeft: number): Fetched {
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    // Redirects are followed here, by hand, so one that leaves the handbook's files is refused, not fetched.
    response = UrlFetchApp.fetch(url, { muteHttpExceptions: true, followRedirects: false });
  } catch (error) {
    return fetchFailure(error);
  }
  const status = response.getResponseCode();
  if (status === 200) {
    const text = response.getContentText();
    if (text.length > MAX_PAGE_CHARS) {
      return {
        ok: false,
        reason: 'too-large',
        message: `That page is far larger than any job-family page (${Math.round(text.length / 1024)} KB), so it was not read.`,
      };
    }
    return { ok: true, text };
  }
  if (status === 404 || status === 410) return { ok: false, reason: 'missing', message: '' };
  if (status >= 300 && status < 400) {
    const headers = response.getHeaders() as Record<string, unknown>;
    const header = headers.Location ?? headers.location;
    const location = typeof header === 'string' ? header : '';
    const target = resolveLocation(location, url) ?? location;
    // Only the checked, rebuilt address is fetched: never the redirect's own text.
    const allowed = checkRawJobFamilyUrl(target);
    if (redirectsLeft > 0 && allowed.ok) return fetchOne(allowed.url, redirectsLeft - 1);
    return {
      ok: false,
      reason: 'blocked',
      message: `GitLab sent the page on to ${shortUrl(target)}, which the add-on does not read: it only reads GitLab's handbook job-family files.`,
    };
  }
  if (status === 429 || status >= 500) {
    return {
      ok: false,
      reason: 'unavailable',
      message: `GitLab is not answering right now (status ${status}). Try again in a few minutes.`,
    };
  }
  return { ok: false, reason: 'unavailable', message: `GitLab refused to send the page (status ${status}).` };
}

/** Apps Script's fetch exceptions, as messages for people. */
function fetchFailure(error: unknown): Fetched {
  const text = error instanceof Error ? error.message : String(error);
  if (/timeout|timed out/i.test(text)) {
    return {
      ok: false,
      reason: 'timeout',
      message: 'GitLab took too long to send the page. Try again in a minute.',
    };
  }
  if (/whitelist|allowlist|not permitted/i.test(text)) {
    return {
      ok: false,
      reason: 'blocked',
      message:
        "The add-on is not allowed to read that address: it only reads GitLab's handbook job-family files.",
    };
  }
  if (/permission|authori[sz]/i.test(text)) {
    return {
      ok: false,
      reason: 'blocked',
      message:
        'The add-on needs your permission to read handbook pages. Open it again from the Extensions menu and allow access.',
    };
  }
  return {
    ok: false,
    reason: 'unavailable',
    message: 'GitLab could not be reached. Check your connection and try again.',
  };
}

function shortUrl(url: string): string {
  if (!url) return 'an address it did not give';
  return url.length > 80 ? `${url.slice(0, 80)}…` : url;
}
