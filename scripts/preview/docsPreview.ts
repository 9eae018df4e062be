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
import { textEditOf } from './docsEdit';
import { HttpError, readJsonObject, send, sendJson } from './http';
import { pageWithBridge } from './page';
import type { PreviewEvent } from './views/snapshot';

export interface DocsPreviewOptions {
  buildDir: string;
  bridgeScript: string;
  pageHtml: string;
  /** Makes a fresh preview document with the bundle loaded; called on first use and on reset. */
  createHost(buildDir: string): Promise<DocsPreviewHost>;
  /** The growth plan the document is linked to (the Sheets preview's workbook). */
  growthPlan(): { name: string; url: string } | null;
}

export interface DocsPreview {
  /** Null until build/docs/Code.js exists and a /docs route was asked for. */
  readonly host: DocsPreviewHost | null;
  /** Answers a /docs route; false when the route is not one of them. */
  handle(route: string, url: URL, request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  /** Stops the document's bundle thread. */
  close(): Promise<void>;
}

const MAX_EVENTS = 40;

export function createDocsPreview(options: DocsPreviewOptions): DocsPreview {
  const codePath = join(options.buildDir, 'Code.js');
  let host: DocsPreviewHost | null = null;
  /** The host being made: concurrent first requests wait for the same one. */
  let creating: Promise<DocsPreviewHost> | null = null;
  let resets = 0;
  let nextEventId = 1;
  const events: PreviewEvent[] = [];

  /** The host, created on first use so a build made after `npm start` is picked up. */
  async function currentHost(): Promise<DocsPreviewHost | null> {
    if (host) return host;
    if (!existsSync(codePath)) return null;
    creating ??= options.createHost(options.buildDir).finally(() => {
      creating = null;
    });
    host = await creating;
    return host;
  }

  async function requireHost(): Promise<DocsPreviewHost> {
    const current = await currentHost();
    if (!current)
      throw new HttpError(404, 'The Docs add-on is not built yet (build/docs/Code.js is missing).');
    return current;
  }

  async function documentView(): Promise<DocumentView> {
    const base = {
      events,
      growthPlan: options.growthPlan(),
      generation: String(resets),
    };
    let current: DocsPreviewHost | null = null;
    let problem = 'The Docs add-on is not built yet: build/docs/Code.js is missing. Run `npm run build`.';
    try {
      current = await currentHost();
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
        question: null,
        busy: false,
      };
    }
    return { ...base, state: 'ready', message: '', busy: current.busy(), ...current.view() };
  }

  async function rpc(request: IncomingMessage): Promise<unknown> {
    const body = await readJsonObject(request);
    const name = body.name;
    const args = body.args ?? [];
    if (typeof name !== 'string' || !Array.isArray(args))
      throw new HttpError(400, 'Expected { name, args: [] }');
    const source = body.source === 'menu' ? 'menu' : 'dialog';
    const reply = await (await requireHost()).call(name, args, source);
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
      return host;
    },
    async close() {
      await host?.close();
    },
    async handle(route, url, request, response) {
      switch (route) {
        case 'GET /docs':
          send(response, 200, 'text/html', options.pageHtml);
          return true;
        case 'GET /docs/document':
          sendJson(response, 200, await documentView());
          return true;
        case 'GET /docs/dialog': {
          const current = await requireHost();
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
          (await requireHost()).setCursor(index);
          sendJson(response, 200, { ok: true });
          return true;
        }
        case 'POST /docs/edit': {
          const edit = textEditOf(await readJsonObject(request));
          (await requireHost()).editText(edit);
          sendJson(response, 200, { ok: true });
          return true;
        }
        case 'POST /docs/answer': {
          const body = await readJsonObject(request);
          (await requireHost()).questions.answer(body.id, body.button, body.text);
          sendJson(response, 200, { ok: true });
          return true;
        }
        case 'POST /docs/reset': {
          await readJsonObject(request);
          await creating?.catch(() => undefined);
          const old = host;
          host = existsSync(codePath) ? await options.createHost(options.buildDir) : null;
          resets += 1;
          events.length = 0;
          await old?.close();
          sendJson(response, 200, { ok: true });
          return true;
        }
        default:
          return false;
      }
    },
  };
}
