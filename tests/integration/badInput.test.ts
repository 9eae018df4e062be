/**
 * Every bad request is answered with an 'invalid' failure saying what to do, a taken lock with a
 * 'busy' one, and both leave the workbook exactly as it was; unexpected errors are thrown.
 */
import { openPlan, setCells } from '../../scripts/harness/harness';
import { expectCommonFailure } from '../support/replies';

const TARGET = 'sales-operations/senior-analyst';

function planWithData() {
  const h = openPlan();
  h.call('importRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
  setCells(h, 'Role Requirements', 'Self rating', ['Developing', 'Meets']);
  h.call('generateActionPlan');
  return h;
}

describe('bad requests change nothing', () => {
  const cases: [string, unknown, RegExp][] = [
    ['no request at all', undefined, /^Invalid request: Choose a target role\.$/],
    ['a string instead of an object', TARGET, /^Invalid request: Choose a target role\.$/],
    ['no target role', { currentRoleId: null }, /^Invalid request: Choose a target role\.$/],
    ['a number as the target', { targetRoleId: 7, currentRoleId: null }, /target role must be text/],
    ['an empty target', { targetRoleId: '', currentRoleId: null }, /target role is empty/],
    [
      'an unknown target',
      { targetRoleId: 'sales-operations/astronaut', currentRoleId: null },
      /Unknown target role "sales-operations\/astronaut"/,
    ],
    [
      'an unknown current role',
      { targetRoleId: TARGET, currentRoleId: 'nobody/none' },
      /Unknown current role "nobody\/none"/,
    ],
    [
      'a huge target id',
      { targetRoleId: 'x'.repeat(1_000_000), currentRoleId: null },
      /too long \(at most 200 characters\)/,
    ],
    [
      'an object as the current role',
      { targetRoleId: TARGET, currentRoleId: { id: 1 } },
      /current role must be text/,
    ],
    [
      'HTML as the target',
      { targetRoleId: '<img src=x onerror=alert(1)>', currentRoleId: null },
      /Unknown target role/,
    ],
  ];

  it.each(cases)('importRoleRequirements with %s', (_name, request, message) => {
    const h = planWithData();
    const before = h.spreadsheet.snapshot();
    // As a menu or trigger would call it: google.script.run could not even send some of these.
    expectCommonFailure(h.call('importRoleRequirements', request), 'invalid', message);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it.each([
    ['no tab', {}],
    ['a tab that is not ours', { tab: 'Sheet1' }],
  ])('openTab with %s', (_name, request) => {
    const h = planWithData();
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(
      h.run('openTab', request),
      'invalid',
      'Invalid request: Choose a tab to open: Role Requirements, Action Plan or Summary.',
    );
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('openTab of a tab that does not exist yet says how to create it', () => {
    const h = openPlan();
    expectCommonFailure(
      h.run('openTab', { tab: 'summary' }),
      'invalid',
      'That tab does not exist yet. Choose Set up growth plan to create it.',
    );
  });

  it('previewImport validates the same way and writes nothing', () => {
    const h = planWithData();
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(h.run('previewImport', { targetRoleId: 42 }), 'invalid', /target role must be text/);
    expectCommonFailure(
      h.run('previewImport', { targetRoleId: 'nobody/none' }),
      'invalid',
      'Unknown target role "nobody/none". Choose a role from the list.',
    );
    expect(
      h.run('previewImport', { targetRoleId: TARGET, currentRoleId: 'sales-operations/analyst' }),
    ).toMatchObject({ ok: true, requirements: 7 });
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('echoes a role id without its bidirectional overrides and zero-width characters, shortened', () => {
    const h = openPlan();
    const sneaky = `ad\u202Emin\u200B/\u2066x\u2069\uFEFF${'y'.repeat(100)}`;
    const reply = h.run('importRoleRequirements', {
      currentRoleId: null,
      targetRoleId: sneaky,
    }) as { ok: boolean; message: string };
    expectCommonFailure(
      reply,
      'invalid',
      /^Unknown target role "admin\/xy+…"\. Choose a role from the list\.$/,
    );
    expect(reply.message).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
    expect(/"(.*)"/.exec(reply.message)![1]).toHaveLength(61);
  });

  it('generateActionPlan before any import says what to do and writes nothing', () => {
    const h = openPlan();
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(
      h.run('generateActionPlan'),
      'invalid',
      /Import your target role's requirements first/,
    );
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('a renamed required column stops import and generate with a message naming it', () => {
    const h = planWithData();
    const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
    sheet.getRange(1, 6).setValue('My self-assessment');
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(
      h.run('importRoleRequirements', { targetRoleId: TARGET, currentRoleId: null }),
      'invalid',
      /"Role Requirements" tab has no "Self rating" column.*Set up growth plan/,
    );
    expectCommonFailure(h.run('generateActionPlan'), 'invalid', /no "Self rating" column/);
    expect(h.spreadsheet.snapshot()).toEqual(before);
    // Set up repairs it by adding the column back, without touching the renamed one's data.
    h.call('setUpGrowthPlan');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(header).toContain('My self-assessment');
    expect(header).toContain('Self rating');
    expect(sheet.getRange(2, 6).getValue()).toBe('Developing');
  });

  it('a busy document lock is a busy failure from every endpoint that takes it, and changes nothing', () => {
    const h = planWithData();
    const before = h.spreadsheet.snapshot();
    h.fake.lockBusy = true;
    const busy = 'Someone else is updating this growth plan right now. Try again in a moment.';
    expectCommonFailure(
      h.run('importRoleRequirements', { targetRoleId: TARGET, currentRoleId: null }),
      'busy',
      busy,
    );
    expectCommonFailure(h.run('generateActionPlan'), 'busy', busy);
    expectCommonFailure(h.run('setUpGrowthPlan'), 'busy', busy);
    expectCommonFailure(h.run('getPlannerState'), 'busy', busy);
    expect(h.spreadsheet.snapshot()).toEqual(before);
    expect(h.fake.locksHeld()).toEqual([]);
  });
});

describe('unexpected errors', () => {
  /** Makes SpreadsheetApp.getActiveSpreadsheet fail with `message`. */
  function breakSpreadsheetApp(h: ReturnType<typeof openPlan>, message: string): void {
    const app = h.fake.globals.SpreadsheetApp as unknown as { getActiveSpreadsheet: () => unknown };
    app.getActiveSpreadsheet = () => {
      throw new Error(message);
    };
  }

  it('are thrown, not answered, so google.script.run calls the failure handler and Apps Script logs them', () => {
    const h = planWithData();
    breakSpreadsheetApp(h, "Cannot read properties of undefined (reading 'getSheets')");
    expect(() => h.run('generateActionPlan')).toThrow('Cannot read properties of undefined');
    expect(() => h.run('openTab', { tab: 'actions' })).toThrow('Cannot read properties of undefined');
    expect(h.fake.locksHeld()).toEqual([]);
  });

  it('but a Google service failing is answered: what happened, and that running it again finishes the job', () => {
    const h = planWithData();
    breakSpreadsheetApp(h, 'Service Spreadsheets failed while accessing document');
    const reply = h.run('generateActionPlan');
    expect(reply).toEqual({
      ok: false,
      kind: 'interrupted',
      message:
        'A Google service failed before this was finished (Service Spreadsheets failed while accessing document). Run it again to finish it: nothing you typed is lost.',
    });
    expect(h.run('openTab', { tab: 'actions' })).toMatchObject({ ok: false, kind: 'interrupted' });
    expect(h.fake.logs.map((l) => l.level)).toContain('error');
    expect(h.fake.locksHeld()).toEqual([]);
  });

  it('in AuthMode.NONE data access is thrown too', () => {
    const h = openPlan({ Sheet1: [] }, { authMode: 'NONE' });
    expect(() => h.call('getPlannerState')).toThrow(/AuthMode.NONE|permission/i);
  });
});

describe('menu items', () => {
  it('tell people in an alert when generating fails', () => {
    const h = openPlan();
    const before = h.spreadsheet.snapshot();
    h.call('menuGenerateActionPlan');
    expect(h.fake.ui.alerts).toHaveLength(1);
    const [alert] = h.fake.ui.alerts;
    expect(alert).toMatchObject({ title: 'Career Growth', buttons: 'OK' });
    expect(alert!.prompt).toMatch(/Import your target role's requirements first/);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('tell people in an alert when the lock stays busy', () => {
    const h = openPlan();
    h.fake.lockBusy = true;
    h.call('menuSetUpGrowthPlan');
    expect(h.fake.ui.alerts.at(-1)!.prompt).toMatch(/Someone else is updating/);
    expect(h.spreadsheet.getSheetByName('Role Requirements')).toBeNull();
  });

  it('alert nothing on success: setting up says so in a toast', () => {
    const h = openPlan();
    h.call('menuSetUpGrowthPlan');
    expect(h.fake.ui.alerts).toEqual([]);
    expect(h.fake.ui.toasts.at(-1)!.message).toMatch(/^Created: /);
    expect(h.spreadsheet.getSheetByName('Role Requirements')).not.toBeNull();
  });

  it('alert and log an unexpected error rather than fail silently', () => {
    const h = planWithData();
    const app = h.fake.globals.SpreadsheetApp as unknown as { getActiveSpreadsheet: () => unknown };
    app.getActiveSpreadsheet = () => {
      throw new Error('Cannot read properties of undefined');
    };
    expect(() => h.call('menuGenerateActionPlan')).not.toThrow();
    expect(h.fake.ui.alerts.at(-1)).toMatchObject({
      title: 'Career Growth',
      prompt: 'Something went wrong: Cannot read properties of undefined',
    });
    expect(h.fake.logs.map((l) => l.level)).toContain('error');
  });

  it('alert a Google service that failed half way, saying to run it again', () => {
    const h = openPlan();
    h.call('importRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    setCells(h, 'Role Requirements', 'Self rating', ['Developing', 'Meets']);
    h.fake.failOn('Range.setValues');
    expect(() => h.call('menuGenerateActionPlan')).not.toThrow();
    expect(h.fake.ui.alerts.at(-1)!.prompt).toMatch(
      /^A Google service failed before this was finished \(Service Spreadsheets failed .*\)\. Run it again to finish it/,
    );
  });
});
