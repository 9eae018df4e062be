/**
 * The Docs side of the preview server (routes under /docs): the built build/docs/Code.js against an
 * in-memory document, its dialogs served from the HTML the add-on showed, with google.script.run
 * bridged to /docs/rpc. Until the Docs add-on is built the page says so and nothing else runs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentView } from './views/docsView';
import type { DocsPreviewHost } from './docsHost';
import { HttpError, readJsonObject, send, sendJson } from './http';
import { pageWithBridge } from './page';
import type { PreviewEvent } from './views/snapshot';

export interface DocsPreviewOptions {
  buildDir: string;
  bridgeScript: string;
  pageHtml: string;
  /** Makes a fresh preview document with the bundle loaded; called on start and on reset. */
  createHost(buildDir: string): DocsPreviewHost;
  /** The growth plan the document is linked to (the Sheets preview's workbook). */
  growthPlan(): { name: string; url: string } | null;
}

export interface DocsPreview {
  /** Null until build/docs/Code.js exists. */
  readonly host: DocsPreviewHost | null;
  /** Answers a /docs route; false when the route is not one of them. */
  handle(route: string, url: URL, request: IncomingMessage, response: ServerResponse): Promise<boolean>;
}

const MAX_EVENTS = 40;

export function createDocsPreview(options: DocsPreviewOptions): DocsPreview {
  const codePath = join(options.buildDir, 'Code.js');
  let host: DocsPreviewHost | null = null;
  let resets = 0;
  let nextEventId = 1;
  const events: PreviewEvent[] = [];

  /** The host, created on first use so a build made after `npm start` is picked up. */
  function currentHost(): DocsPreviewHost | null {
    if (!host && existsSync(codePath)) host = options.createHost(options.buildDir);
    return host;
  }

  function requireHost(): DocsPreviewHost {
    const current = currentHost();
    if (!current)
      throw new HttpError(404, 'The Docs add-on is not built yet (build/docs/Code.js is missing).');
    return current;
  }

  function documentView(): DocumentView {
    const base = {
      events,
      growthPlan: options.growthPlan(),
      generation: String(resets),
    };
    let current: DocsPreviewHost | null = null;
    let problem = 'The Docs add-on is not built yet: build/docs/Code.js is missing. Run `npm run build`.';
    try {
      current = currentHost();
    } catch (error) {
      problem = `The Docs add-on could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (!current) {
      return {
        ...base,
        state: 'not-built',
        message: problem,
        name: 'Career Conversation',
        elements: [],
        ranges: [],
        cursorIn: null,
        menu: [],
        alerts: [],
        dialog: null,
      };
    }
    return { ...base, state: 'ready', message: '', ...current.view() };
  }

  async function rpc(request: IncomingMessage): Promise<unknown> {
    const body = await readJsonObject(request);
    const name = body.name;
    const args = body.args ?? [];
    if (typeof name !== 'string' || !Array.isArray(args))
      throw new HttpError(400, 'Expected { name, args: [] }');
    const source = body.source === 'menu' ? 'menu' : 'dialog';
    const reply = requireHost().call(name, args, source);
    events.push({
      id: nextEventId++,
      source,
      name,
      ok: reply.ok,
      detail: reply.ok ? reply.shown.join(' · ') : reply.message,
    });
    if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
    return reply.ok ? { ok: true, value: reply.value } : { ok: false, message: reply.message };
  }

  return {
    get host() {
      return currentHost();
    },
    async handle(route, url, request, response) {
      switch (route) {
        case 'GET /docs':
          send(response, 200, 'text/html', options.pageHtml);
          return true;
        case 'GET /docs/document':
          sendJson(response, 200, documentView());
          return true;
        case 'GET /docs/dialog': {
          const current = requireHost();
          const html = current.dialogHtml(Number(url.searchParams.get('id')));
          if (html === null) throw new HttpError(404, 'No such dialog');
          send(
            response,
            200,
            'text/html',
            pageWithBridge(html, options.bridgeScript, current.functions, '/docs/rpc'),
          );
          return true;
        }
        case 'POST /docs/rpc':
          sendJson(response, 200, await rpc(request));
          return true;
        case 'POST /docs/cursor': {
          const body = await readJsonObject(request);
          const index = body.index;
          if (index !== null && (typeof index !== 'number' || !Number.isInteger(index) || index < 0)) {
            throw new HttpError(400, 'Expected { index: integer | null }');
          }
          requireHost().setCursor(index);
          sendJson(response, 200, { ok: true });
          return true;
        }
        case 'POST /docs/reset':
          await readJsonObject(request);
          host = existsSync(codePath) ? options.createHost(options.buildDir) : null;
          resets += 1;
          events.length = 0;
          sendJson(response, 200, { ok: true });
          return true;
        default:
          return false;
      }
    },
  };
}
