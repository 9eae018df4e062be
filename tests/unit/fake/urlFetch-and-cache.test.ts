/** The fake UrlFetchApp and CacheService throw where Apps Script throws and count every call. */
import { createAppsScriptFake } from '../../../fake';

const ALLOWED = 'https://example.com/pages/';

function network() {
  return createAppsScriptFake({
    urlFetch: {
      whitelist: [ALLOWED],
      responses: {
        [`${ALLOWED}a`]: { body: 'page a' },
        [`${ALLOWED}missing`]: { status: 404, body: 'Not Found' },
        [`${ALLOWED}slow`]: { delayMs: 120_000 },
        [`${ALLOWED}moved`]: { status: 302, headers: { Location: `${ALLOWED}a` } },
        [`${ALLOWED}away`]: { status: 301, headers: { Location: 'https://elsewhere.example.org/x' } },
      },
    },
  });
}

describe('UrlFetchApp fake', () => {
  it('answers a scripted URL and counts fetch and response calls', () => {
    const fake = network();
    const response = fake.globals.UrlFetchApp.fetch(`${ALLOWED}a`, { muteHttpExceptions: true });
    expect(response.getResponseCode()).toBe(200);
    expect(response.getContentText()).toBe('page a');
    expect(fake.calls.byMethod).toEqual({
      'UrlFetchApp.fetch': 1,
      'HTTPResponse.getResponseCode': 1,
      'HTTPResponse.getContentText': 1,
    });
    expect(fake.urlFetch.requests.map((r) => r.url)).toEqual([`${ALLOWED}a`]);
  });

  it('refuses a URL outside the allowlist as Apps Script does, before any request', () => {
    const fake = network();
    expect(() => fake.globals.UrlFetchApp.fetch('https://example.com/other', {})).toThrow(
      'Request to https://example.com/other failed because the URL has not been whitelisted in the script manifest.',
    );
    expect(() => fake.globals.UrlFetchApp.fetch('https://example.com/pagesX', {})).toThrow(
      /not been whitelisted/,
    );
    expect(fake.urlFetch.requests).toEqual([]);
  });

  it('throws on an error status unless muteHttpExceptions is set', () => {
    const fake = network();
    expect(() => fake.globals.UrlFetchApp.fetch(`${ALLOWED}missing`)).toThrow(/returned code 404/);
    expect(
      fake.globals.UrlFetchApp.fetch(`${ALLOWED}missing`, { muteHttpExceptions: true }).getResponseCode(),
    ).toBe(404);
  });

  it('throws a timeout when the server is slower than the deadline, and unreachable hosts fail', () => {
    const fake = network();
    expect(() => fake.globals.UrlFetchApp.fetch(`${ALLOWED}slow`, { muteHttpExceptions: true })).toThrow(
      `Timeout: ${ALLOWED}slow`,
    );
    expect(() => fake.globals.UrlFetchApp.fetch(`${ALLOWED}nothing`, { muteHttpExceptions: true })).toThrow(
      /Address unavailable/,
    );
  });

  it('follows redirects unless told not to, and checks the allowlist on each hop', () => {
    const fake = network();
    expect(fake.globals.UrlFetchApp.fetch(`${ALLOWED}moved`).getContentText()).toBe('page a');
    const raw = fake.globals.UrlFetchApp.fetch(`${ALLOWED}moved`, { followRedirects: false });
    expect(raw.getResponseCode()).toBe(302);
    expect(raw.getHeaders()).toEqual({ Location: `${ALLOWED}a` });
    expect(() => fake.globals.UrlFetchApp.fetch(`${ALLOWED}away`)).toThrow(/not been whitelisted/);
  });

  it('needs full authorisation and rejects unknown parameters', () => {
    const fake = network();
    expect(() => fake.globals.UrlFetchApp.fetch(`${ALLOWED}a`, { mute: true })).toThrow(
      /Invalid argument: mute/,
    );
    fake.setAuthMode('NONE');
    expect(() => fake.globals.UrlFetchApp.fetch(`${ALLOWED}a`)).toThrow(
      /do not have permission to call UrlFetchApp.fetch/,
    );
  });
});

describe('CacheService fake', () => {
  it('keeps values per cache until they expire', () => {
    const fake = createAppsScriptFake();
    const cache = fake.globals.CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    cache.putAll({ a: '1', b: '2' });
    expect(cache.get('k')).toBe('v');
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    expect(fake.globals.CacheService.getUserCache().get('k')).toBeNull();
    const start = Date.now();
    fake.caches.script.now = () => start + 61_000;
    expect(cache.get('k')).toBeNull();
    expect(cache.get('a')).toBe('1');
    cache.remove('a');
    expect(cache.get('a')).toBeNull();
  });

  it('enforces the key and value limits; a bad entry in putAll stores nothing', () => {
    const fake = createAppsScriptFake();
    const cache = fake.globals.CacheService.getDocumentCache();
    expect(() => {
      cache.put('k'.repeat(251), 'v');
    }).toThrow(/Argument too large: key/);
    expect(() => {
      cache.put('k', 'v'.repeat(100 * 1024 + 1));
    }).toThrow(/Argument too large: value/);
    expect(() => {
      cache.putAll({ ok: 'v', big: 'v'.repeat(100 * 1024 + 1) });
    }).toThrow(/Argument too large: value/);
    expect(cache.get('ok')).toBeNull();
    expect(() => {
      cache.put('k', 5 as unknown as string);
    }).toThrow(/don't match the method signature/);
  });

  it('counts its calls', () => {
    const fake = createAppsScriptFake();
    fake.globals.CacheService.getScriptCache().get('x');
    expect(fake.calls.byMethod).toEqual({ 'CacheService.getScriptCache': 1, 'Cache.get': 1 });
  });
});
