/**
 * Local preview of both add-ons: each BUILT Code.js runs in a node:vm context against the in-memory
 * Apps Script fake. At / the BUILT Sidebar.html is served beside a live view of the workbook; at
 * /docs the Docs add-on's menu and dialogs act on a rendering of an in-memory document whose linked
 * growth plan is that same workbook. `npm start` builds and runs this; e2e tests call
 * startPreview({ port: 0 }).
 */
import * as esbuild from 'esbuild';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDocsHost, GROWTH_PLAN_URL, type DocsPreviewHost } from './preview/docsHost';
import { docsPageHtml } from './preview/docsPage';
import { createDocsPreview } from './preview/docsPreview';
import { cellEditOf } from './preview/cellEdit';
import { createPreviewHost, type PreviewHost } from './preview/host';
import { HttpError, readJsonObject, readBody, send, sendJson } from './preview/http';
import { previewPageHtml, pageWithBridge } from './preview/page';
import type { PreviewEvent, WorkbookView } from './preview/views/snapshot';
import { at } from './must';

export interface PreviewOptions {
  /** 0 picks a free port. Default: $PORT or 8080. */
  port?: number;
  /** Default $HOST or 127.0.0.1: the preview runs any server function, so keep it off the network. */
  host?: string;
  /** Where the built add-on lives. Default: build/sheets. */
  buildDir?: string;
  /** Where the built Docs add-on lives. Default: build/docs (the /docs page says when it is missing). */
  docsBuildDir?: string;
}

export interface Preview {
  url: string;
  /** The Apps Script fake the bundle runs against (replaced by "Reset workbook"). */
  readonly host: PreviewHost;
  /** The Docs bundle's document (replaced by "Reset document"); null until build/docs exists. */
  readonly docsHost: DocsPreviewHost | null;
  close(): Promise<void>;
}

const MAX_EVENTS = 40;

async function bundleBrowserScript(file: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  });
  return at(result.outputFiles, 0, 'esbuild output file').text;
}

/** Starts the preview server; resolves once it listens. */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const root = resolve(__dirname, '..');
  const buildDir = resolve(options.buildDir ?? join(root, 'build', 'sheets'));
  const [shellScript, bridgeScript, docsShellScript] = await Promise.all([
    bundleBrowserScript(join(__dirname, 'preview', 'browser', 'shell.ts')),
    bundleBrowserScript(join(__dirname, 'preview', 'browser', 'bridge.ts')),
    bundleBrowserScript(join(__dirname, 'preview', 'browser', 'docsShell.ts')),
  ]);
  const shellCss = readFileSync(join(__dirname, 'preview', 'browser', 'shell.css'), 'utf8');
  const docsCss = readFileSync(join(__dirname, 'preview', 'browser', 'docsShell.css'), 'utf8');
  const pageHtml = previewPageHtml(shellCss, shellScript);

  let host: PreviewHost = await createPreviewHost(buildDir);
  let resets = 0;
  let nextEventId = 1;
  const events: PreviewEvent[] = [];

  function record(event: Omit<PreviewEvent, 'id'>): void {
    events.push({ id: nextEventId++, ...event });
    if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
  }

  function workbook(): WorkbookView {
    return {
      name: host.spreadsheetName(),
      sheets: host.sheets(),
      menu: host.menuItems(),
      events,
      question: host.questions.pending,
      toasts: host.toasts(),
      busy: host.busy(),
      generation: `${resets}:${host.sidebarsShown()}`,
    };
  }

  // The document's growth plan is the workbook above, looked up on each call so a reset relinks it.
  const docs = createDocsPreview({
    buildDir: resolve(options.docsBuildDir ?? join(root, 'build', 'docs')),
    bridgeScript,
    pageHtml: docsPageHtml(shellCss + docsCss, docsShellScript),
    createHost: (docsBuildDir) => createDocsHost(docsBuildDir, () => host.fake.spreadsheet),
    growthPlan: () => ({ name: host.spreadsheetName(), url: GROWTH_PLAN_URL }),
  });

  /** A reset under way: requests that arrive meanwhile wait for it. */
  let resetting: Promise<void> = Promise.resolve();
  /**
   * A fresh workbook made ahead (its bundle thread takes a moment to start), so that a reset
   * takes effect the moment its request arrives, as it did when the bundle ran on this thread:
   * code that clicks "Reset workbook" and then reads `preview.host` sees the new one.
   */
  let spare: PreviewHost | null = null;
  let warming: Promise<void> | null = null;

  function warmSpare(): void {
    warming ??= createPreviewHost(buildDir)
      .then((made) => {
        spare = made;
      })
      .catch(() => undefined)
      .finally(() => {
        warming = null;
      });
  }

  async function resetWorkbook(): Promise<void> {
    const old = host;
    const ready = spare;
    spare = null;
    if (ready) host = ready;
    else {
      await resetting;
      host = await createPreviewHost(buildDir);
    }
    resets += 1;
    events.length = 0;
    warmSpare();
    await old.close();
  }
  warmSpare();

  async function rpc(request: IncomingMessage): Promise<unknown> {
    const body = await readJsonObject(request);
    const name = body.name;
    const args = body.args ?? [];
    if (typeof name !== 'string' || !Array.isArray(args))
      throw new HttpError(400, 'Expected { name, args: [] }');
    const source = body.source === 'menu' ? 'menu' : 'sidebar';
    const reply = await host.call(name, args, source);
    record({
      source,
      name,
      ok: reply.ok,
      detail: reply.ok ? reply.shown.join(' · ') : reply.message,
    });
    return reply.ok ? { ok: true, value: reply.value } : { ok: false, message: reply.message };
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://preview.local');
    const route = `${request.method} ${url.pathname}`;
    void (async () => {
      // Whatever is asked while the workbook is being reset is answered from the new one.
      if (route !== 'POST /reset') await resetting;
      switch (route) {
        case 'GET /':
          send(response, 200, 'text/html', pageHtml);
          return;
        case 'GET /sidebar':
          send(
            response,
            200,
            'text/html',
            pageWithBridge(host.html('Sidebar'), bridgeScript, host.functions),
          );
          return;
        case 'GET /workbook':
          sendJson(response, 200, workbook());
          return;
        case 'POST /rpc':
          sendJson(response, 200, await rpc(request));
          return;
        case 'POST /answer': {
          const body = await readJsonObject(request);
          host.questions.answer(body.id, body.button, body.text);
          sendJson(response, 200, { ok: true });
          return;
        }
        case 'POST /cell':
          sendJson(response, 200, host.editCell(cellEditOf(await readJsonObject(request))));
          return;
        case 'POST /reset': {
          // The swap happens now, before anything else is read or awaited.
          const done = resetWorkbook();
          resetting = done.catch(() => undefined);
          await readBody(request);
          await done;
          sendJson(response, 200, { ok: true });
          return;
        }
        case 'GET /favicon.ico':
          response.writeHead(204).end();
          return;
        default:
          if (await docs.handle(route, url, request, response)) return;
          throw new HttpError(404, `Not found: ${route}`);
      }
    })().catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      sendJson(response, status, {
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      });
    });
  });

  const port = options.port ?? Number(process.env.PORT ?? 8080);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, options.host ?? process.env.HOST ?? '127.0.0.1', () => {
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}/`,
    get host() {
      return host;
    },
    get docsHost() {
      return docs.host;
    },
    async close() {
      await new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolveClose();
        });
      });
      await warming;
      await Promise.all([host.close(), spare?.close(), docs.close()]);
    },
  };
}

if (require.main === module) {
  startPreview()
    .then((preview) => {
      console.log(
        `Career Growth preview: ${preview.url} (Growth Plan, Sheets) and ${preview.url}docs (Career Conversation, Docs)`,
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
