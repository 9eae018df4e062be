/**
 * Browser side of the preview: stands in for google.script.run inside a served page (the sidebar,
 * or a Docs dialog).
 * Each call POSTs { name, args } to /rpc and then calls the success or failure handler
 * asynchronously, as Apps Script does. Injected before the page's own scripts.
 */

interface RpcReply {
  ok: boolean;
  value?: unknown;
  message?: string;
}

type Handler = (value: unknown, userObject?: unknown) => void;

declare global {
  interface Window {
    __previewFunctions?: string[];
    /** Where calls go: /rpc for the Sheets bundle, /docs/rpc for the Docs bundle. */
    __previewRpc?: string;
  }
}

/** Tells the preview shell around the iframe that the workbook may have changed. */
function notifyShell(message: Record<string, unknown>): void {
  if (window.parent !== window)
    window.parent.postMessage({ source: 'careergrowth-preview', ...message }, '*');
}

async function rpc(name: string, args: unknown[]): Promise<RpcReply> {
  try {
    const response = await fetch(window.__previewRpc ?? '/rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // JSON drops undefined and functions, as google.script.run does with arguments.
      body: JSON.stringify({ name, args }),
    });
    return (await response.json()) as RpcReply;
  } catch (error) {
    return { ok: false, message: `The preview server did not answer: ${String(error)}` };
  }
}

function makeRunner(
  functions: string[],
  ok?: Handler,
  fail?: Handler,
  userObject?: unknown,
): Record<string, unknown> {
  const runner: Record<string, unknown> = {
    withSuccessHandler: (handler: Handler) => makeRunner(functions, handler, fail, userObject),
    withFailureHandler: (handler: Handler) => makeRunner(functions, ok, handler, userObject),
    withUserObject: (object: unknown) => makeRunner(functions, ok, fail, object),
  };
  for (const name of functions) {
    runner[name] = (...args: unknown[]) => {
      // The shell looks for a question (an alert the call shows) while the call runs.
      notifyShell({ type: 'rpc-start', name });
      void rpc(name, args).then((reply) => {
        notifyShell({ type: 'rpc', name, ok: reply.ok });
        if (reply.ok) ok?.(reply.value, userObject);
        else fail?.(new Error(reply.message ?? 'Unknown error'), userObject);
      });
    };
  }
  return runner;
}

const functions = window.__previewFunctions ?? [];
(window as unknown as { google: unknown }).google = {
  script: {
    run: makeRunner(functions),
    host: {
      close: () => {
        notifyShell({ type: 'close' });
      },
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => undefined },
    },
  },
};

export {};
