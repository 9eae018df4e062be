/** Blocks brought up to date in place: only what changed is written, and the block stays whole and named. */
import { silently } from '../../../fake/calls';
import { editAsUser } from '../../../fake/docs';
import {
  actionRows,
  blocksOf,
  bodyTexts,
  growthPlan,
  openConversation,
  PLAN_URL,
  range,
  TARGET,
} from './conversation';

const AGENDA = 24;
const SUMMARY = 9;

function edited(c: ReturnType<typeof openConversation>): boolean[] {
  return (c.run('getConversationState') as { blocks: { edited: boolean }[] }).blocks.map((b) => b.edited);
}

describe('refresh in place', () => {
  it('writes the texts that changed and a new table, keeping the block where it was and unedited', () => {
    const plan = growthPlan({ actions: actionRows(3, 1) });
    const c = openConversation({ content: ['Intro', 'Outro'], spreadsheets: [plan], cursor: { path: [0] } });
    c.run('insertConversationAgenda');
    c.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL });
    const before = blocksOf(c.snapshot());
    silently(() => plan.getSheetByName('Action Plan')!.getRange(2, 9).setValue('Done'));
    c.fake.calls.reset();
    c.run('refreshInsertedSections');
    // Actions, Done and Overdue changed, and the open actions' heading; the agenda's texts did not.
    // Nothing was inserted but the two tables, nothing removed but theirs.
    expect(c.fake.calls.count('ListItem.setText')).toBe(3);
    expect(c.fake.calls.count('Paragraph.setText')).toBe(1);
    expect(c.fake.calls.count('Body.insertParagraph')).toBe(0);
    expect(c.fake.calls.count('Body.insertTable')).toBe(2);
    expect(c.fake.calls.count('Table.removeFromParent')).toBe(2);
    const texts = bodyTexts(c.snapshot());
    expect(texts).toContain('Overdue: 0');
    expect(blocksOf(c.snapshot())).toEqual(before);
    expect(before).toEqual([
      { kind: 'actionPlan', covers: range(1, SUMMARY) },
      { kind: 'agenda', covers: range(1 + SUMMARY, AGENDA) },
    ]);
    expect(c.outside()).toEqual(['Intro', 'Outro']);
    expect(edited(c)).toEqual([false, false]);
  });

  it('keeps a block whole and unedited refresh after refresh when the editor keeps a paragraph before tables', () => {
    const c = openConversation({ content: ['Before', 'After'], cursor: { path: [0] } });
    c.fake.env.tableSpacer = true;
    c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    const first = c.snapshot();
    for (let i = 0; i < 3; i++) c.run('refreshInsertedSections');
    expect(bodyTexts(c.snapshot())).toEqual(bodyTexts(first));
    expect(blocksOf(c.snapshot())).toEqual(blocksOf(first));
    expect(edited(c)).toEqual([false]);
    expect(c.outside().filter((t) => t !== '')).toEqual(['Before', 'After']);
  });

  it('sets a text a person changed back only with their consent, the block whole and unedited after', () => {
    const c = openConversation({ content: ['Intro', 'Outro'], cursor: { path: [0] } });
    c.run('insertConversationAgenda');
    editAsUser(c.document, (body) => body.getChild(4).asParagraph().appendText(' I want to lead.'));
    expect(c.run('refreshInsertedSections')).toMatchObject({ ok: false, kind: 'needs-confirmation' });
    expect(bodyTexts(c.snapshot())[4]).toMatch(/I want to lead\.$/);
    c.run('refreshInsertedSections', { replaceEdited: true });
    expect(bodyTexts(c.snapshot())[4]).not.toMatch(/I want to lead/);
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'agenda', covers: range(1, AGENDA) }]);
    expect(edited(c)).toEqual([false]);
  });

  it("writes a block afresh when a person's paragraph joined it, once they agree", () => {
    const c = openConversation({ content: ['Intro', 'Outro'], cursor: { path: [0] } });
    c.run('insertConversationAgenda');
    editAsUser(c.document, (body) => body.insertParagraph(5, 'My own note'));
    expect(blocksOf(c.snapshot())[0]!.covers).toHaveLength(AGENDA + 1);
    const result = c.run('insertConversationAgenda', { replaceEdited: true }) as { status: string };
    expect(result.status).toBe('replaced');
    expect(bodyTexts(c.snapshot())).not.toContain('My own note');
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'agenda', covers: range(1, AGENDA) }]);
    expect(c.outside()).toEqual(['Intro', 'Outro']);
  });
});

describe('placement beside other blocks', () => {
  it('puts a block after ours when the cursor is on the last element of one of our blocks', () => {
    const c = openConversation({ content: ['Top', 'Bottom'], cursor: { path: [0] } });
    c.run('insertConversationAgenda');
    editAsUser(c.document, (body, doc) => doc.setCursor(doc.newPosition(body.getChild(AGENDA), 0)));
    c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    expect(blocksOf(c.snapshot())).toEqual([
      { kind: 'agenda', covers: range(1, AGENDA) },
      { kind: 'requirements', covers: range(1 + AGENDA, 3) },
    ]);
    expect(c.outside()).toEqual(['Top', 'Bottom']);
  });

  it('puts a block at the cursor when the cursor is right after another block, not inside it', () => {
    const c = openConversation({ content: ['Top', 'Bottom'], cursor: { path: [0] } });
    c.run('insertConversationAgenda');
    // The person clicks into "Bottom", right after the agenda.
    editAsUser(c.document, (body, doc) => doc.setCursor(doc.newPosition(body.getChild(1 + AGENDA), 0)));
    c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    expect(bodyTexts(c.snapshot())[1 + AGENDA]).toBe('Bottom');
    expect(blocksOf(c.snapshot())).toEqual([
      { kind: 'agenda', covers: range(1, AGENDA) },
      { kind: 'requirements', covers: range(2 + AGENDA, 3) },
    ]);
  });
});
