/** Where blocks land and how re-inserting replaces them in place, on the built bundle. */
import { editAsUser } from '../../../fake/docs';
import { blocksOf, bodyTexts, CURRENT, openConversation, range, TARGET } from './conversation';

const AGENDA = 24;
const REQUIREMENTS = 3;

describe('placement', () => {
  it('inserts at the end when there is no cursor, before the trailing empty paragraph, and names the block', () => {
    const c = openConversation({ content: ['Intro', 'Notes', ''] });
    const result = c.run('insertConversationAgenda') as {
      status: string;
      kind: string;
      name: string;
      sections: number;
      nextConversation: string;
    };
    expect(result).toMatchObject({ status: 'inserted', kind: 'agenda', sections: 10 });
    expect(result.name).toMatch(/^careergrowth\.agenda\.[0-9a-f]{8}\.\d{4}-\d{2}-\d{2}$/);
    expect(result.nextConversation).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const snap = c.snapshot();
    const texts = bodyTexts(snap);
    expect(texts.slice(0, 2)).toEqual(['Intro', 'Notes']);
    expect(texts[2]).toBe('Career conversation');
    expect(texts).toHaveLength(2 + AGENDA + 1);
    expect(texts[texts.length - 1]).toBe('');
    expect(blocksOf(snap)).toEqual([{ kind: 'agenda', covers: range(2, AGENDA) }]);
    expect(snap.tabs[0]!.body[2]).toMatchObject({ type: 'PARAGRAPH', heading: 'HEADING2' });
    expect(snap.tabs[0]!.body[3]).toMatchObject({ type: 'PARAGRAPH', heading: 'NORMAL' });
    expect(c.outside()).toEqual(['Intro', 'Notes', '']);
    expect(c.fake.locksHeld()).toEqual([]);
  });

  it('keeps a paragraph last when the document ends with text', () => {
    const c = openConversation({ content: ['Only text'] });
    c.run('insertRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET });
    const texts = bodyTexts(c.snapshot());
    expect(texts[0]).toBe('Only text');
    expect(texts[texts.length - 1]).toBe('');
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'requirements', covers: range(1, REQUIREMENTS) }]);
  });

  it('inserts after the paragraph holding the cursor, leaving the text after it in place', () => {
    const c = openConversation({
      content: ['Before', 'Cursor here', 'After'],
      cursor: { path: [1], offset: 3 },
    });
    c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    const snap = c.snapshot();
    expect(bodyTexts(snap).slice(0, 2)).toEqual(['Before', 'Cursor here']);
    expect(bodyTexts(snap)[2]).toMatch(/^Role requirements: /);
    expect(bodyTexts(snap)[5]).toBe('After');
    expect(blocksOf(snap)).toEqual([{ kind: 'requirements', covers: range(2, REQUIREMENTS) }]);
    const table = snap.tabs[0]!.body[4]!;
    expect(table.type).toBe('TABLE');
    if (table.type === 'TABLE') {
      // No current role: the paragraph above says so once; the table has no comparison column.
      expect(table.cells[0]).toEqual(['Area', 'Requirement', 'Self rating', 'Manager rating']);
      expect(table.bold![0]!.every(Boolean)).toBe(true);
      expect(table.bold![1]!.some(Boolean)).toBe(false);
      expect(table.backgrounds![0]!.every((b) => b !== null)).toBe(true);
      expect(table.cells.slice(1).every((row) => row.length === 4 && row[2] === '' && row[3] === '')).toBe(
        true,
      );
    }
  });

  it('inserts after the whole table when the cursor is in one of its cells', () => {
    const c = openConversation({
      content: [
        'Top',
        {
          table: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        },
        'Below',
      ],
      cursor: { path: [1, 1, 0, 0] },
    });
    c.run('insertConversationAgenda');
    const texts = bodyTexts(c.snapshot());
    expect(texts.slice(0, 3)).toEqual(['Top', '[table 2x2] a|b', 'Career conversation']);
    expect(texts[2 + AGENDA]).toBe('Below');
  });

  it('inserts after the list item holding the cursor', () => {
    const c = openConversation({
      content: ['Top', { li: 'one' }, { li: 'two' }, 'End'],
      cursor: { path: [1] },
    });
    c.run('insertConversationAgenda');
    const snap = c.snapshot();
    expect(bodyTexts(snap).slice(0, 3)).toEqual(['Top', 'one', 'Career conversation']);
    expect(bodyTexts(snap)[2 + AGENDA]).toBe('two');
    expect(snap.tabs[0]!.body[2 + AGENDA]).toMatchObject({ type: 'LIST_ITEM' });
  });

  it('puts a block after ours when the cursor is inside one of our blocks, never inside it', () => {
    const c = openConversation({ content: ['Top'] });
    c.run('insertConversationAgenda');
    // A person clicks into the agenda's third paragraph.
    editAsUser(c.document, (body, doc) => doc.setCursor(doc.newPosition(body.getChild(3), 0)));
    c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    expect(blocksOf(c.snapshot())).toEqual([
      { kind: 'agenda', covers: range(1, AGENDA) },
      { kind: 'requirements', covers: range(1 + AGENDA, REQUIREMENTS) },
    ]);
  });

  it('writes into the active tab, with the named range in that tab', () => {
    const c = openConversation({
      tabs: [
        { title: 'Q1', content: ['First tab'] },
        { title: 'Q2', content: ['Second tab'] },
      ],
      activeTab: 'Q2',
    });
    c.run('insertConversationAgenda');
    const snap = c.snapshot();
    expect(bodyTexts(snap, 0)).toEqual(['First tab']);
    expect(blocksOf(snap, 0)).toEqual([]);
    expect(bodyTexts(snap, 1)[1]).toBe('Career conversation');
    expect(blocksOf(snap, 1)).toEqual([{ kind: 'agenda', covers: range(1, AGENDA) }]);
  });
});

describe('re-inserting', () => {
  it('replaces the block where it is, not at the cursor, and never duplicates it', () => {
    const c = openConversation({ content: ['Intro', 'Middle', 'Outro'], cursor: { path: [0] } });
    c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    const outside = c.outside();
    // The cursor moves to the last paragraph; the block must stay where it is.
    editAsUser(c.document, (body, doc) =>
      doc.setCursor(doc.newPosition(body.getChild(body.getNumChildren() - 1), 0)),
    );
    const result = c.run('insertRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET }) as {
      status: string;
      currentRole: { id: string } | null;
      newComparedWithCurrent: number;
    };
    expect(result.status).toBe('replaced');
    expect(result.currentRole?.id).toBe(CURRENT);
    const snap = c.snapshot();
    expect(blocksOf(snap)).toEqual([{ kind: 'requirements', covers: range(1, REQUIREMENTS) }]);
    expect(c.outside()).toEqual(outside);
    expect(bodyTexts(snap)[2]).toMatch(/^Compared with /);
  });

  it('is a no-op on the text when nothing changed, and keeps other blocks apart', () => {
    const c = openConversation({ content: ['Intro', 'Outro'], cursor: { path: [0] } });
    c.run('insertConversationAgenda');
    c.run('insertRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET });
    const before = c.snapshot();
    expect((c.run('insertConversationAgenda') as { status: string }).status).toBe('replaced');
    expect(
      (
        c.run('insertRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET }) as {
          status: string;
        }
      ).status,
    ).toBe('replaced');
    const after = c.snapshot();
    expect(bodyTexts(after)).toEqual(bodyTexts(before));
    expect(after.tabs[0]!.namedRanges.map((r) => [r.name, r.covers]).sort()).toEqual(
      before.tabs[0]!.namedRanges.map((r) => [r.name, r.covers]).sort(),
    );
  });
});

describe('the end of the document', () => {
  it('adds a normal paragraph after a block that would otherwise end the body, even after a heading', () => {
    const c = openConversation({ content: [{ p: 'My heading', heading: 'HEADING1' }] });
    c.run('insertConversationAgenda');
    const body = c.snapshot().tabs[0]!.body;
    expect(body[0]).toMatchObject({ text: 'My heading', heading: 'HEADING1' });
    expect(body[body.length - 1]).toMatchObject({ type: 'PARAGRAPH', text: '', heading: 'NORMAL' });
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'agenda', covers: range(1, AGENDA) }]);
  });
});

describe('placement when the editor keeps a paragraph before a new table', () => {
  // Some implementations (the Docs API behind them) put an empty paragraph before a table inserted
  // mid-body. The block must still come out whole, in order, and be found again unedited.
  it('puts the rest of the block after the table and replaces it in place on re-insert', () => {
    const c = openConversation({
      content: ['Before', 'Cursor here', 'After'],
      cursor: { path: [1], offset: 0 },
    });
    c.fake.env.tableSpacer = true;
    c.run('insertConversationAgenda');
    const texts = bodyTexts(c.snapshot());
    expect(texts.slice(0, 3)).toEqual(['Before', 'Cursor here', 'Career conversation']);
    const tableAt = texts.findIndex((t) => t.startsWith('[table'));
    expect(texts[tableAt - 1]).toBe('');
    expect(texts[tableAt + 1]).not.toBe('After');
    expect(texts.indexOf('After')).toBe(texts.length - 1);
    expect(c.outside().filter((t) => t !== '')).toEqual(['Before', 'Cursor here', 'After']);

    const again = c.run('insertConversationAgenda') as { status: string };
    expect(again.status).toBe('replaced');
    const after = bodyTexts(c.snapshot());
    expect(after.filter((t) => t === 'Career conversation')).toHaveLength(1);
    expect(after.indexOf('After')).toBe(after.length - 1);
    expect(blocksOf(c.snapshot())).toHaveLength(1);
  });
});

describe('a document object without the tab methods', () => {
  // An older runtime or another stand-in for Apps Script may offer no getActiveTab/getTabs: the
  // document itself is then the one tab, and inserts, re-inserts and refresh work on its body.
  function hideTabs(c: ReturnType<typeof openConversation>): void {
    const app = c.fake.globals.DocumentApp as unknown as { getActiveDocument: () => object };
    const original = app.getActiveDocument.bind(app);
    app.getActiveDocument = () =>
      new Proxy(original(), {
        get(target, key) {
          if (key === 'getActiveTab' || key === 'getTabs') return undefined;
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
  }

  it('inserts into the document body, replaces in place and refreshes', () => {
    const c = openConversation({ content: ['Before', 'After'], cursor: { path: [0], offset: 0 } });
    hideTabs(c);
    expect(
      (
        c.run('insertRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET }) as {
          status: string;
        }
      ).status,
    ).toBe('inserted');
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'requirements', covers: range(1, REQUIREMENTS) }]);
    expect(
      (c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET }) as { status: string })
        .status,
    ).toBe('replaced');
    expect(c.run('refreshInsertedSections') as { status: string; refreshed: unknown[] }).toMatchObject({
      status: 'refreshed',
      refreshed: [expect.anything()],
    });
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'requirements', covers: range(1, REQUIREMENTS) }]);
    expect(c.outside().filter((t) => t !== '')).toEqual(['Before', 'After']);
    expect((c.run('getConversationState') as { blocks: unknown[] }).blocks).toHaveLength(1);
  });
});
