/**
 * UrlFetchApp and HTTPResponse: no network, only responses a test scripts per URL. Strict where
 * Apps Script is: the manifest's urlFetchWhitelist is enforced (also on redirects it follows), a
 * response slower than the fetch deadline throws Apps Script's timeout, and an error status throws
 * unless muteHttpExceptions is set. Every request is recorded on the UrlFetchRecorder (not counted).
 */
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception, isRecord, requireAuth } from './env';

/** What the fake "server" answers for one URL. */
export interface ScriptedResponse {
  /** HTTP status, default 200. */
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** How long the server takes; beyond the recorder's deadline the fetch throws a timeout. */
  delayMs?: number;
  /** Throw this Apps Script exception message instead of answering (e.g. `DNS error: <url>`). */
  error?: string;
}

export type ResponseScript = ScriptedResponse | ((url: string) => ScriptedResponse);

export interface UrlFetchFakeOptions {
  /** Responses by exact URL. A URL with no script fails like an unreachable host. */
  responses?: Record<string, ResponseScript>;
  /** The manifest's urlFetchWhitelist; null or absent: no allowlist (every https URL allowed). */
  whitelist?: readonly string[] | null;
  /** The fetch deadline, default 60000 ms (Apps Script's). Scripted delays are compared, not slept. */
  deadlineMs?: number;
  /** The answer for an allowed URL with no script of its own (default: the host is unreachable). */
  fallback?: ResponseScript;
}

export interface RecordedRequest {
  url: string;
  params: Record<string, unknown>;
}

/** Test-side control of the fake network: what it answers and what was asked. Never counted. */
export class UrlFetchRecorder {
  readonly responses = new Map<string, ResponseScript>();
  whitelist: readonly string[] | null;
  deadlineMs: number;
  fallback: ResponseScript | null;
  /** Every URL the fake was asked for (redirects it followed included), in order. */
  requests: RecordedRequest[] = [];

  constructor(options: UrlFetchFakeOptions = {}) {
    for (const [url, script] of Object.entries(options.responses ?? {})) this.responses.set(url, script);
    this.whitelist = options.whitelist ?? null;
    this.deadlineMs = options.deadlineMs ?? 60_000;
    this.fallback = options.fallback ?? null;
  }

  respond(url: string, script: ResponseScript): void {
    this.responses.set(url, script);
  }

  /** True when `url` is the same as, or a child of, one of the allowlist's prefixes (case-sensitive). */
  allows(url: string): boolean {
    if (!this.whitelist) return true;
    return this.whitelist.some((prefix) => {
      if (url === prefix) return true;
      if (!url.startsWith(prefix)) return false;
      return prefix.endsWith('/') || ['/', '?', '#'].includes(url[prefix.length] ?? '');
    });
  }
}

const UFA = 'UrlFetchApp';
const KNOWN_PARAMS = new Set([
  'method',
  'headers',
  'payload',
  'contentType',
  'muteHttpExceptions',
  'followRedirects',
  'validateHttpsCertificates',
  'escaping',
]);
const MAX_REDIRECTS = 5;

export class FakeHTTPResponse {
  readonly _typeName = 'UrlFetch.HTTPResponse';
  constructor(
    private readonly env: FakeEnv,
    private readonly status: number,
    private readonly headers: Record<string, string>,
    private readonly body: string,
  ) {}
  _calls() {
    return this.env.calls;
  }
  getResponseCode(): number {
    return this.status;
  }
  getContentText(charset?: string): string {
    if (charset !== undefined && typeof charset !== 'string')
      throw badArgs(this.env, 'UrlFetch.HTTPResponse.getContentText', [charset]);
    return this.body;
  }
  getHeaders(): Record<string, string> {
    return { ...this.headers };
  }
  getAllHeaders(): Record<string, string> {
    return { ...this.headers };
  }
}
countMethods(FakeHTTPResponse, 'HTTPResponse');

export class FakeUrlFetchApp {
  readonly _typeName = UFA;
  constructor(
    private readonly env: FakeEnv,
    private readonly recorder: UrlFetchRecorder,
  ) {}
  _calls() {
    return this.env.calls;
  }

  fetch(url: string, params: Record<string, unknown> = {}): FakeHTTPResponse {
    if (typeof url !== 'string' || !isRecord(params)) {
      throw badArgs(this.env, `${UFA}.fetch`, [url, params]);
    }
    requireAuth(this.env, `${UFA}.fetch`, 'FULL');
    for (const key of Object.keys(params)) {
      if (!KNOWN_PARAMS.has(key))
        throw exception(this.env, `Invalid argument: ${key} [fake: not a UrlFetchApp parameter]`);
    }
    const mute = params.muteHttpExceptions === true;
    const follow = params.followRedirects !== false;
    let current = url;
    for (let hop = 0; ; hop++) {
      const response = this._one(current, params);
      const location = response.headers.Location ?? response.headers.location;
      if (follow && response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
        current = new URL(location, current).toString();
        continue;
      }
      if (!mute && response.status >= 400) {
        const truncated = response.body.slice(0, 100);
        throw exception(
          this.env,
          `Request failed for ${current} returned code ${response.status}. Truncated server response: ${truncated} (use muteHttpExceptions option to examine full response)`,
        );
      }
      return new FakeHTTPResponse(this.env, response.status, response.headers, response.body);
    }
  }

  private _one(
    url: string,
    params: Record<string, unknown>,
  ): { status: number; headers: Record<string, string>; body: string } {
    if (!/^https?:\/\/[^/\s]+/i.test(url)) throw exception(this.env, `Invalid argument: ${url}`);
    if (!this.recorder.allows(url)) {
      throw exception(
        this.env,
        `Request to ${url} failed because the URL has not been whitelisted in the script manifest.`,
      );
    }
    this.recorder.requests.push({ url, params: { ...params } });
    const script = this.recorder.responses.get(url) ?? this.recorder.fallback;
    if (!script) throw exception(this.env, `Address unavailable: ${url}`);
    const response = typeof script === 'function' ? script(url) : script;
    if (response.error) throw exception(this.env, response.error);
    if ((response.delayMs ?? 0) > this.recorder.deadlineMs) throw exception(this.env, `Timeout: ${url}`);
    return {
      status: response.status ?? 200,
      headers: { ...(response.headers ?? {}) },
      body: response.body ?? '',
    };
  }
}
countMethods(FakeUrlFetchApp, 'UrlFetchApp');
