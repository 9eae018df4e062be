import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAppsScriptFake, FakeSpreadsheet, loadBundle } from '../../../fake';
import { createDocsFake, FakeDocument } from '../../../fake/docs';

/** A stand-in bundle: an action that writes under the document lock, and one that catches errors. */
const CODE = `
function addTab() {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(1000)) return { ok: false, kind: 'busy' };
  try {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange(1, 1).setValue("written");
    sheet.getRange(2, 1).setValue("second");
    return { ok: true };
  } finally {
    lock.releaseLock();
  }
}
function failure() {
  try { SpreadsheetApp.getActiveSpreadsheet().getSheets(); return null; }
  catch (e) { return { text: String(e), isError: e instanceof Error }; }
}
function appendText() {
  DocumentApp.getActiveDocument().getBody().appendParagraph("added");
}
`;

let codePath: string;
beforeAll(() => {
  codePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fake-faults-')), 'Code.js');
  fs.writeFileSync(codePath, CODE);
});

function open() {
  const spreadsheet = new FakeSpreadsheet({ id: 'sheet-id-1' });
  const fake = createAppsScriptFake({ spreadsheet });
  return { fake, spreadsheet, bundle: loadBundle(codePath, fake) };
}

describe('failAt', () => {
  it('fails the nth call of the add-on once, as an Apps Script Exception, and leaves earlier writes', () => {
    const { fake, spreadsheet, bundle } = open();
    fake.calls.reset();
    bundle.call('addTab');
    const calls = fake.calls.sequence;
    const second = calls.lastIndexOf('Range.setValue') + 1;

    const again = open();
    again.fake.failAt(second);
    expect(() => again.bundle.call('addTab')).toThrow(
      'Service Spreadsheets failed while accessing document with id sheet-id-1.',
    );
    expect(again.fake.faultStruck).toEqual({
      call: second,
      method: 'Range.setValue',
      message: 'Service Spreadsheets failed while accessing document with id sheet-id-1.',
    });
    const cells = () => again.spreadsheet.getSheets()[0]!.getRange('A1:A2').getValues();
    expect(cells()).toEqual([['written'], ['']]);
    // Once only: the next run goes through.
    expect(again.bundle.call('addTab')).toEqual({ ok: true });
    expect(cells()).toEqual([['written'], ['second']]);
    expect(spreadsheet.getSheets()[0]!.getRange('A1:A2').getValues()).toEqual(cells());
  });

  it('throws in the bundle realm, with the message given', () => {
    const { fake, bundle } = open();
    fake.failAt(2, 'We are sorry, a server error occurred.');
    expect(bundle.call('failure')).toEqual({
      text: 'Exception: We are sorry, a server error occurred.',
      isError: true,
    });
  });

  it("counts only the add-on's calls, never the test's own", () => {
    const { fake, spreadsheet, bundle } = open();
    fake.failAt(1);
    spreadsheet.getSheets();
    spreadsheet.getName();
    expect(fake.faultPending).toBe(true);
    expect(() => bundle.call('addTab')).toThrow('Service Spreadsheets failed');
    expect(fake.faultStruck?.method).toBe('LockService.getDocumentLock');
    expect(fake.faultPending).toBe(false);
  });

  it('failOn fails the nth call of one method', () => {
    const { fake, bundle } = open();
    fake.failOn('Range.setValue', 2);
    expect(() => bundle.call('addTab')).toThrow('Service Spreadsheets failed');
    expect(fake.faultStruck).toMatchObject({ method: 'Range.setValue' });
  });

  it('lets the locks of a failed execution go when the next one starts, as Apps Script ends them', () => {
    const { fake, bundle } = open();
    fake.failOn('Lock.releaseLock');
    expect(() => bundle.call('addTab')).toThrow('Service Spreadsheets failed');
    expect(fake.locksHeld()).toEqual(['document']);
    // Otherwise this run would find the lock taken and answer busy.
    expect(bundle.call('addTab')).toEqual({ ok: true });
    expect(fake.locksHeld()).toEqual([]);
  });

  it('says Documents in the Docs fake', () => {
    const fake = createDocsFake({ document: new FakeDocument({ id: 'doc-id-1' }) });
    const bundle = loadBundle(codePath, fake);
    fake.failOn('Body.appendParagraph');
    expect(() => bundle.call('appendText')).toThrow(
      'Service Documents failed while accessing document with id doc-id-1.',
    );
    expect(fake.document.getBody().getNumChildren()).toBe(1);
  });

  it('refuses an n that is not a whole number from 1', () => {
    const { fake } = open();
    expect(() => {
      fake.failAt(0);
    }).toThrow('failAt: n must be a whole number from 1');
  });
});
