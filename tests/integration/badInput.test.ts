/** Every bad request gets a clear message and leaves the workbook exactly as it was. */
import { openPlan, setCells } from '../../scripts/harness/harness';

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
    ['no request at all', undefined, /must be an object with a targetRoleId/],
    ['a string instead of an object', TARGET, /must be an object/],
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
    expect(() => h.call('importRoleRequirements', request)).toThrow(message);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it.each([
    ['no tab', {}, /one of requirements, actions or summary/],
    ['a tab that is not ours', { tab: 'Sheet1' }, /one of requirements, actions or summary/],
  ])('openTab with %s', (_name, request, message) => {
    const h = planWithData();
    const before = h.spreadsheet.snapshot();
    expect(() => h.call('openTab', request)).toThrow(message);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('previewImport validates the same way and writes nothing', () => {
    const h = planWithData();
    const before = h.spreadsheet.snapshot();
    expect(() => h.call('previewImport', { targetRoleId: 42 })).toThrow(/target role must be text/);
    expect(
      h.call('previewImport', { targetRoleId: TARGET, currentRoleId: 'sales-operations/analyst' }),
    ).toMatchObject({ requirements: 7 });
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('generateActionPlan before any import says what to do and writes nothing', () => {
    const h = openPlan();
    const before = h.spreadsheet.snapshot();
    expect(() => h.call('generateActionPlan')).toThrow(/Import your target role's requirements first/);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('a renamed required column stops import and generate with a message naming it', () => {
    const h = planWithData();
    const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
    sheet.getRange(1, 6).setValue('My self-assessment');
    const before = h.spreadsheet.snapshot();
    expect(() => h.call('importRoleRequirements', { targetRoleId: TARGET, currentRoleId: null })).toThrow(
      /"Role Requirements" tab has no "Self rating" column.*Set up growth plan/,
    );
    expect(() => h.call('generateActionPlan')).toThrow(/no "Self rating" column/);
    expect(h.spreadsheet.snapshot()).toEqual(before);
    // Set up repairs it by adding the column back, without touching the renamed one's data.
    h.call('setUpGrowthPlan');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(header).toContain('My self-assessment');
    expect(header).toContain('Self rating');
    expect(sheet.getRange(2, 6).getValue()).toBe('Developing');
  });

  it('a busy document lock gives a clear message and changes nothing', () => {
    const h = planWithData();
    const before = h.spreadsheet.snapshot();
    h.fake.lockBusy = true;
    expect(() => h.call('importRoleRequirements', { targetRoleId: TARGET, currentRoleId: null })).toThrow(
      /Someone else is updating/,
    );
    expect(() => h.call('generateActionPlan')).toThrow(/Someone else is updating/);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });
});
