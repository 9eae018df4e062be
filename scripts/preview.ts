/**
 * Local preview of the Growth Plan add-on: the BUILT Code.js runs in a node:vm context against the
 * in-memory Apps Script fake, and the BUILT Sidebar.html is served beside a live view of the
 * workbook. `npm start` builds and runs this; e2e tests call startPreview({ port: 0 }).
 */
import * as esbuild from 'esbuild';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPreviewHost, type PreviewHost } from './preview/host';
import { previewPageHtml, sidebarWithBridge } from './preview/page';
import type { PreviewEvent, WorkbookView } from './preview/snapshot';

export interface PreviewOptions {
  /** 0 picks a free port. Default: $PORT or 8080. */
  port?: number;
  /** Default $HOST or 127.0.0.1: the preview runs any server function, so keep it off the network. */
  host?: string;
  /** Where the built add-on lives. Default: build/sheets. */
  buildDir?: string;
}

export interface Preview {
  url: string;
  /** The Apps Script fake the bundle runs against (replaced by "Reset workbook"). */
  readonly host: PreviewHost;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;
const MAX_EVENTS = 40;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

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
  return result.outputFiles[0]!.text;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'Request too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json', JSON.stringify(value));
}

/** Starts the preview server; resolves once it listens. */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const root = resolve(__dirname, '..');
  const buildDir = resolve(options.buildDir ?? join(root, 'build', 'sheets'));
  const [shellScript, bridgeScript] = await Promise.all([
    bundleBrowserScript(join(__dirname, 'preview', 'shell.ts')),
    bundleBrowserScript(join(__dirname, 'preview', 'bridge.ts')),
  ]);
  const shellCss = readFileSync(join(__dirname, 'preview', 'shell.css'), 'utf8');
  const pageHtml = previewPageHtml(shellCss, shellScript);

  let host = createPreviewHost(buildDir);
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
      generation: `${resets}:${host.sidebarsShown()}`,
    };
  }

  async function rpc(request: IncomingMessage): Promise<unknown> {
    let body: { name?: unknown; args?: unknown; source?: unknown };
    try {
      body = JSON.parse(await readBody(request)) as typeof body;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'The request body is not JSON');
    }
    const name = body.name;
    const args = body.args ?? [];
    if (typeof name !== 'string' || !Array.isArray(args)) throw new HttpError(400, 'Expected { name, args: [] }');
    const source = body.source === 'menu' ? 'menu' : 'sidebar';
    const reply = host.call(name, args, source);
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
      switch (route) {
        case 'GET /':
          send(response, 200, 'text/html', pageHtml);
          return;
        case 'GET /sidebar':
          send(response, 200, 'text/html', sidebarWithBridge(host.html('Sidebar'), bridgeScript, host.functions));
          return;
        case 'GET /workbook':
          sendJson(response, 200, workbook());
          return;
        case 'POST /rpc':
          sendJson(response, 200, await rpc(request));
          return;
        case 'POST /reset':
          await readBody(request);
          host = createPreviewHost(buildDir);
          resets += 1;
          events.length = 0;
          sendJson(response, 200, { ok: true });
          return;
        case 'GET /favicon.ico':
          response.writeHead(204).end();
          return;
        default:
          throw new HttpError(404, `Not found: ${route}`);
      }
    })().catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      sendJson(response, status, { ok: false, message: error instanceof Error ? error.message : String(error) });
    });
  });

  const port = options.port ?? Number(process.env.PORT ?? 8080);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, options.host ?? process.env.HOST ?? '127.0.0.1', () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}/`,
    get host() {
      return host;
    },
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}

if (require.main === module) {
  startPreview()
    .then((preview) => {
      console.log(`Career Growth preview: ${preview.url}`);
    })
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
