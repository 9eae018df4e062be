import { callServer, errorMessage, ServerCallError } from '../../../src/client/common/server';

type Handler = (value: unknown) => void;

/** JSON.stringify as it behaves: undefined for undefined, a function or a symbol. */
function stringify(value: unknown): string | undefined {
  return JSON.stringify(value);
}

/** A google.script.run lookalike: calls the named function asynchronously, like Apps Script. */
function installRun(functions: Record<string, (...args: unknown[]) => unknown>): unknown[][] {
  const calls: unknown[][] = [];
  const make = (ok?: Handler, fail?: Handler): Record<string, unknown> => {
    const run: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => make(handler, fail),
      withFailureHandler: (handler: Handler) => make(ok, handler),
    };
    for (const [name, fn] of Object.entries(functions)) {
      run[name] = (...args: unknown[]) => {
        calls.push([name, ...args]);
        setTimeout(() => {
          try {
            ok?.(JSON.parse(stringify(fn(...args)) ?? 'null'));
          } catch (error) {
            fail?.(error);
          }
        }, 0);
      };
    }
    return run;
  };
  (globalThis as { google?: unknown }).google = { script: { run: make() } };
  return calls;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('callServer', () => {
  it('resolves with the server function result and passes the arguments through', async () => {
    const calls = installRun({
      openTab: (request) => ({ tab: (request as { tab: string }).tab, name: 'Action Plan' }),
    });
    await expect(callServer('openTab', { tab: 'actions' })).resolves.toEqual({
      tab: 'actions',
      name: 'Action Plan',
    });
    expect(calls).toEqual([['openTab', { tab: 'actions' }]]);
  });

  it('rejects with the message of a thrown server error', async () => {
    installRun({
      importRoleRequirements: () => {
        throw new Error('Unknown role "<b>x</b>"');
      },
    });
    const call = callServer('importRoleRequirements', { currentRoleId: null, targetRoleId: 'x' });
    await expect(call).rejects.toBeInstanceOf(ServerCallError);
    await expect(call).rejects.toThrow('Unknown role "<b>x</b>"');
  });

  it('rejects when the server has no such function', async () => {
    installRun({});
    await expect(callServer('generateActionPlan')).rejects.toThrow(
      'The add-on has no server function "generateActionPlan".',
    );
  });

  it('rejects outside Apps Script', async () => {
    await expect(callServer('getPlannerState')).rejects.toThrow('opened from the Career Growth add-on');
  });
});

describe('errorMessage', () => {
  it('reads Errors, strings and error-like objects, with a fallback', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage({ message: 'from Apps Script' })).toBe('from Apps Script');
    expect(errorMessage(undefined)).toBe('Something went wrong. Please try again.');
  });
});
