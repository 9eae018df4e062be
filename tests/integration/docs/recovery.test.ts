/**
 * Re-running finishes the job (Career Conversation): each insert, replace and refresh fails at every
 * one of its calls in turn and is run again; the document must end exactly as after an uninterrupted
 * run, a person's notes untouched throughout (scripts/harness/faultSweep.ts). Then what the slots
 * (src/docs/document/slot.ts) promise, spelt out.
 */
import { sweep } from '../../../scripts/harness/faultSweep';
import {
  DOCS_SWEEPS,
  documentState,
  NOTES,
  SWEEP_PLAN_URL,
  sweepPlan,
} from '../../../scripts/harness/docsSweeps';
import { openDocument } from '../../../scripts/harness/docsHarness';
import { LINK_KEY } from '../../../src/docs/link';
import { blocksOf, bodyTexts } from './conversation';

const SWEEP_TIMEOUT = 300_000;
/** What an action answers when a Google service fails half way through it. */
const INTERRUPTED: Record<string, unknown> = {
  ok: false,
  kind: 'interrupted',
  message: expect.stringMatching(
    /^A Google service failed before this was finished \(Service .* failed.*Run it again to finish it/,
  ),
};
const TARGET = 'sales-operations/analyst';

describe('a failure at any call, then a plain re-run (Career Conversation)', () => {
  it.each(DOCS_SWEEPS.map((c) => [c.name, c] as const))(
    '%s: recovers at every fault point',
    (_name, c) => {
      const result = sweep(c);
      expect(result.calls).toBeGreaterThan(20);
      expect(result.findings).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );
});

function conversation(options: { linked?: boolean } = {}) {
  return openDocument([...NOTES], {
    spreadsheets: [sweepPlan()],
    cursor: { path: [1], offset: 5 },
    ...(options.linked ? { documentProperties: { [LINK_KEY]: SWEEP_PLAN_URL } } : {}),
  });
}

const NOTE_TEXTS = [
  'Career conversation with Kim',
  'Notes I took before the meeting',
  'Things to ask about next quarter',
  'ask about the analytics guild',
  'Closing thoughts',
];

const slotsOf = (h: ReturnType<typeof conversation>) =>
  h.snapshot().tabs[0]!.namedRanges.filter((r) => r.name.startsWith('careergrowth.writing.'));

describe('a block written half way', () => {
  it('is finished where it was by the same insert, even after the cursor moved', () => {
    const h = conversation();
    h.fake.failOn('Body.insertTable');
    expect(h.run('insertConversationAgenda')).toMatchObject(INTERRUPTED);
    expect(slotsOf(h)).toHaveLength(1);
    h.document.setCursor(h.document.newPosition(h.document.getBody().getChild(0), 0));

    expect(h.run('insertConversationAgenda')).toMatchObject({ ok: true, status: 'inserted' });
    const clean = conversation();
    clean.run('insertConversationAgenda');
    expect(bodyTexts(h.snapshot())).toEqual(bodyTexts(clean.snapshot()));
    expect(slotsOf(h)).toEqual([]);
    expect(blocksOf(h.snapshot())).toEqual(blocksOf(clean.snapshot()));
  });

  it('shows in the dialogs as an unedited block of its kind, to be replaced where it is', () => {
    const h = conversation();
    h.run('insertConversationAgenda');
    h.fake.failOn('Body.insertTable');
    expect(h.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET })).toMatchObject(
      INTERRUPTED,
    );
    // Replacing the agenda stops once its slot is open: the old agenda is still named inside it.
    h.fake.failOn('NamedRange.remove');
    expect(h.run('insertConversationAgenda')).toMatchObject(INTERRUPTED);
    expect(slotsOf(h)).toHaveLength(2);
    const state = h.run('getConversationState') as { blocks: { kind: string; edited: boolean }[] };
    // In document order: the requirements went in at the cursor, above the agenda.
    expect(state.blocks.map(({ kind, edited }) => ({ kind, edited }))).toEqual([
      { kind: 'requirements', edited: false },
      { kind: 'agenda', edited: false },
    ]);
  });

  it('is kept apart from a block of another kind inserted at the same cursor, then finished', () => {
    const h = conversation();
    h.fake.failOn('Body.insertTable');
    expect(h.run('insertConversationAgenda')).toMatchObject(INTERRUPTED);
    h.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    h.run('insertConversationAgenda');

    const kinds = blocksOf(h.snapshot()).map((b) => b.kind);
    expect(kinds).toEqual(['agenda', 'requirements']);
    const texts = bodyTexts(h.snapshot());
    expect(texts.filter((t) => t === 'Career conversation')).toHaveLength(1);
    expect(texts.filter((t) => t.startsWith('Role requirements:'))).toHaveLength(1);
    expect(slotsOf(h)).toEqual([]);
  });

  it('is cleared, not left to swallow it, when the block it leans on is written afresh', () => {
    const h = conversation();
    h.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    // The cursor in the requirements heading: the agenda goes right after that block, leaning on it.
    h.document.setCursor(h.document.newPosition(h.document.getBody().getChild(2), 0));
    h.fake.failOn('Body.insertTable');
    expect(h.run('insertConversationAgenda')).toMatchObject(INTERRUPTED);
    expect(slotsOf(h)).toHaveLength(1);

    // Other roles give the table another shape, so it is written afresh.
    expect(
      h.run('insertRoleRequirements', { currentRoleId: TARGET, targetRoleId: 'deal-desk/senior-analyst' }),
    ).toMatchObject({ ok: true, status: 'replaced' });
    expect(slotsOf(h)).toEqual([]);
    expect(h.run('insertConversationAgenda')).toMatchObject({ ok: true, status: 'inserted' });

    const texts = bodyTexts(h.snapshot());
    expect(texts.filter((t) => t === 'Career conversation')).toHaveLength(1);
    expect(texts.filter((t) => t.startsWith('Role requirements:'))).toEqual([
      'Role requirements: Senior Deal Desk Analyst (Deal Desk, grade 7)',
    ]);
    // The person's notes, all there and in their order.
    expect(texts.filter((t) => NOTE_TEXTS.includes(t))).toEqual(NOTE_TEXTS);
    const state = h.run('getConversationState') as { blocks: { kind: string; edited: boolean }[] };
    expect(
      state.blocks.map(({ kind, edited }) => ({ kind, edited })).sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual([
      { kind: 'agenda', edited: false },
      { kind: 'requirements', edited: false },
    ]);
  });

  it('is finished by a refresh, and no second copy appears after a refresh stopped between names', () => {
    const h = conversation({ linked: true });
    h.run('insertConversationAgenda');
    h.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    h.run('insertActionPlanSummary', { spreadsheetUrl: SWEEP_PLAN_URL });
    const before = blocksOf(h.snapshot());
    // The first block written (the last in the document) loses its name, then the refresh stops.
    h.fake.failOn('DocumentTab.addNamedRange', 2);
    expect(h.run('refreshInsertedSections')).toMatchObject(INTERRUPTED);
    expect(slotsOf(h)).toHaveLength(1);

    expect(h.run('insertConversationAgenda')).toMatchObject({ ok: true });
    const refreshed = h.run('refreshInsertedSections') as { ok: boolean; refreshed: unknown[] };
    expect(refreshed).toMatchObject({ ok: true });
    expect(refreshed.refreshed).toHaveLength(3);
    expect(blocksOf(h.snapshot()).map((b) => b.kind)).toEqual(before.map((b) => b.kind));
    expect(bodyTexts(h.snapshot()).filter((t) => t === 'Career conversation')).toHaveLength(1);
    expect(slotsOf(h)).toEqual([]);
  });
});

describe('reading the document fails', () => {
  it('fails the insert when the cursor cannot be located, writing nothing, and places it after the cursor next time', () => {
    const h = conversation();
    const untouched = documentState(h);
    h.fake.failOn('Body.getChildIndex');
    expect(h.run('insertConversationAgenda')).toMatchObject(INTERRUPTED);
    expect(documentState(h)).toEqual(untouched);

    h.run('insertConversationAgenda');
    expect(bodyTexts(h.snapshot()).slice(0, 3)).toEqual([
      'Career conversation with Kim',
      'Notes I took before the meeting',
      'Career conversation',
    ]);
  });

  it('fails the requirements insert when the linked plan cannot be read for a service failure, not blank ratings', () => {
    const h = conversation({ linked: true });
    const untouched = documentState(h);
    h.fake.failOn('SpreadsheetApp.openByUrl');
    expect(h.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET })).toMatchObject(
      INTERRUPTED,
    );
    expect(documentState(h)).toEqual(untouched);
  });
});
