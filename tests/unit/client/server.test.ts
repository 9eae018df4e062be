import { callServer, errorMessage } from '../../../src/client/common/server';
import { expectFailure } from '../../support/replies';

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

let logged: jest.SpiedFunction<typeof console.error>;

beforeEach(() => {
  logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
  logged.mockRestore();
});

describe('callServer', () => {
  it('resolves with the server reply and passes the arguments through', async () => {
    const calls = installRun({
      openTab: (request) => ({ ok: true, tab: (request as { tab: string }).tab, name: 'Action Plan' }),
    });
    await expect(callServer('openTab', { tab: 'actions' })).resolves.toEqual({
      ok: true,
      tab: 'actions',
      name: 'Action Plan',
    });
    expect(calls).toEqual([['openTab', { tab: 'actions' }]]);
    expect(logged).not.toHaveBeenCalled();
  });

  it('resolves with an expected failure as the server answered it, logging nothing', async () => {
    const failure = {
      ok: false,
      kind: 'invalid',
      message: 'Unknown target role "x". Choose a role from the list.',
    };
    installRun({ importRoleRequirements: () => failure });
    await expect(
      callServer('importRoleRequirements', { currentRoleId: null, targetRoleId: 'x' }),
    ).resolves.toEqual(failure);
    expect(logged).not.toHaveBeenCalled();
  });

  it('resolves (never rejects) with an unexpected failure when the failure handler is called, and logs it', async () => {
    installRun({
      importRoleRequirements: () => {
        throw new Error('Exception: Service Spreadsheets failed <b>x</b>');
      },
    });
    const reply = await callServer('importRoleRequirements', { currentRoleId: null, targetRoleId: 'x' });
    expect(reply).toEqual({
      ok: false,
      kind: 'unexpected',
      message: 'Exception: Service Spreadsheets failed <b>x</b>',
    });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.lastCall?.map(String).join(' ')).toContain('importRoleRequirements');
  });

  it('resolves unexpected when the server has no such function', async () => {
    installRun({});
    await expect(callServer('generateActionPlan')).resolves.toEqual({
      ok: false,
      kind: 'unexpected',
      message: 'The add-on has no server function "generateActionPlan".',
    });
  });

  it('resolves unexpected outside Apps Script', async () => {
    expectFailure(await callServer('getPlannerState'), 'unexpected', /opened from the Career Growth add-on/);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it("is typed from the entry: a request the server's schema would refuse does not compile", () => {
    // Never run: tsc -b checks these lines (a @ts-expect-error that is not needed fails the typecheck).
    const typeChecks = () => {
      // @ts-expect-error the target role id is text
      void callServer('importRoleRequirements', { currentRoleId: null, targetRoleId: 7 });
      // @ts-expect-error the request needs a target role
      void callServer('previewImport', { currentRoleId: null });
      // @ts-expect-error the tab is one of the plan's tabs
      void callServer('openTab', { tab: 'Sheet1' });
      // @ts-expect-error getHandbookFamily takes the address
      void callServer('getHandbookFamily');
      // @ts-expect-error menu functions answer no reply, so pages cannot call them
      void callServer('showPlanner');
      // What the schema accepts compiles, optional fields included.
      void callServer('importRoleRequirements', { targetRoleId: 'a/b', wording: 'handbook' });
      void callServer('importHandbookRequirements', { url: 'x', targetLevel: 'a' });
    };
    expect(typeof typeChecks).toBe('function');
  });

  it('types the reply: success fields only after checking ok', () => {
    const typeChecks = async () => {
      const reply = await callServer('generateActionPlan');
      const addedOf = (summary: { added: number }) => summary.added;
      // @ts-expect-error a failure has no summary: check ok first
      addedOf(reply);
      const message: string = reply.ok ? String(addedOf(reply)) : reply.message;
      return message;
    };
    expect(typeof typeChecks).toBe('function');
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
