/** A person's edits inside a block: asked about, never overwritten silently, text outside untouched. */
import { editAsUser } from '../../../fake/docs';
import type { NeedsConfirmation } from '../../../src/api/docs';
import { blocksOf, bodyTexts, openConversation, range, TARGET, withoutIds } from './conversation';
import { expectFailure } from '../../support/replies';

const AGENDA = 24;
const NEEDS_CONFIRMATION = { ok: false, kind: 'needs-confirmation' };

function withAgendaAndRequirements() {
  const c = openConversation({ content: ['Intro', 'Outro'], cursor: { path: [0] } });
  c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
  c.run('insertConversationAgenda');
  // Body: Intro, agenda (1..24), requirements (25..27), Outro, then the cursor stays on Intro.
  return c;
}

describe('a person edited inside a block', () => {
  it('asks before replacing: needs-confirmation with nothing changed, then replaceEdited replaces it', () => {
    const c = withAgendaAndRequirements();
    editAsUser(c.document, (body) =>
      body.getChild(4).asParagraph().appendText(' I want to lead the deal desk team.'),
    );
    const before = c.snapshot();
    expect(c.run('getConversationState')).toMatchObject({
      blocks: [
        { kind: 'agenda', edited: true, tab: 'Tab 1' },
        { kind: 'requirements', edited: false, tab: 'Tab 1' },
      ],
    });
    const asked = expectFailure<NeedsConfirmation>(
      c.run('insertConversationAgenda'),
      'needs-confirmation',
      /conversation agenda .* edited/,
    );
    expect(asked.edited).toMatchObject([{ kind: 'agenda', edited: true, tab: 'Tab 1' }]);
    expect(asked.edited[0]!.name).toMatch(/^careergrowth\.agenda\./);
    expect(c.snapshot()).toEqual(before);
    expect(c.fake.locksHeld()).toEqual([]);

    const replaced = c.run('insertConversationAgenda', { replaceEdited: true }) as { status: string };
    expect(replaced.status).toBe('replaced');
    const after = c.snapshot();
    expect(bodyTexts(after).join('\n')).not.toContain('deal desk team');
    expect(c.outside()).toEqual(['Intro', 'Outro']);
    expect(blocksOf(after)).toEqual([
      { kind: 'agenda', covers: range(1, AGENDA) },
      { kind: 'requirements', covers: range(1 + AGENDA, 3) },
    ]);
    expect(
      (c.run('getConversationState') as { blocks: { edited: boolean }[] }).blocks.map((b) => b.edited),
    ).toEqual([false, false]);
  });

  it('counts a paragraph typed between two of its elements as an edit', () => {
    const c = withAgendaAndRequirements();
    editAsUser(c.document, (body) => body.insertParagraph(5, 'My own note'));
    expect(c.run('insertConversationAgenda')).toMatchObject(NEEDS_CONFIRMATION);
    expect(bodyTexts(c.snapshot())).toContain('My own note');
  });

  it('counts a typed cell in a table as an edit', () => {
    const c = withAgendaAndRequirements();
    editAsUser(c.document, (body) =>
      body
        .getChild(1 + AGENDA + 2)
        .asTable()
        .getCell(1, 3)
        .setText('Meets'),
    );
    expect(c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET })).toMatchObject(
      NEEDS_CONFIRMATION,
    );
  });

  it('replaces what is left when a person deleted part of a block, in the same place', () => {
    const c = withAgendaAndRequirements();
    // The person deletes the requirements heading and its note, keeping the table.
    editAsUser(c.document, (body) => {
      body.getChild(1 + AGENDA).removeFromParent();
      body.getChild(1 + AGENDA).removeFromParent();
    });
    expect(blocksOf(c.snapshot())[1]).toEqual({ kind: 'requirements', covers: [1 + AGENDA] });
    const before = c.snapshot();
    expect(c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET })).toMatchObject(
      NEEDS_CONFIRMATION,
    );
    expect(c.snapshot()).toEqual(before);
    expect(
      (
        c.run('insertRoleRequirements', {
          currentRoleId: null,
          targetRoleId: TARGET,
          replaceEdited: true,
        }) as { status: string }
      ).status,
    ).toBe('replaced');
    const after = c.snapshot();
    expect(blocksOf(after)[1]).toEqual({ kind: 'requirements', covers: range(1 + AGENDA, 3) });
    expect(bodyTexts(after)[1 + AGENDA]).toMatch(/^Role requirements/);
    expect(c.outside()).toEqual(['Intro', 'Outro']);
  });

  it('inserts afresh when a person deleted the whole block', () => {
    const c = withAgendaAndRequirements();
    editAsUser(c.document, (body) => {
      for (let i = 0; i < 3; i++) body.getChild(1 + AGENDA).removeFromParent();
    });
    expect(blocksOf(c.snapshot()).map((b) => b.kind)).toEqual(['agenda']);
    const result = c.run('insertRoleRequirements', {
      currentRoleId: null,
      targetRoleId: TARGET,
    }) as { status: string };
    expect(result.status).toBe('inserted');
    // At the cursor (after Intro, before the agenda's block, as the cursor is outside it).
    expect(blocksOf(c.snapshot()).map((b) => b.kind)).toEqual(['requirements', 'agenda']);
  });
});

describe('refresh', () => {
  it('reports nothing to do in a document without blocks', () => {
    const c = openConversation({ content: ['Just text'] });
    const before = c.snapshot();
    const result = c.run('refreshInsertedSections') as { message: string };
    expect(result).toMatchObject({ ok: true, status: 'refreshed', refreshed: [] });
    expect(result.message).toMatch(/nothing to refresh/i);
    expect(c.snapshot()).toEqual(before);
  });

  it('refreshes every block in every tab, leaving the text around them alone', () => {
    const c = openConversation({
      tabs: [
        { title: 'One', content: ['A'] },
        { title: 'Two', content: ['B'], children: [{ title: 'Child', content: ['C'] }] },
      ],
      activeTab: 'One',
    });
    c.run('insertConversationAgenda');
    c.document.setActiveTab(c.snapshot().tabs[1]!.children[0]!.id);
    c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    const before = c.snapshot();
    const result = c.run('refreshInsertedSections') as {
      status: string;
      refreshed: { kind: string; tab: string }[];
    };
    expect(result.status).toBe('refreshed');
    expect(result.refreshed.map((b) => [b.kind, b.tab])).toEqual([
      ['agenda', 'One'],
      ['requirements', 'Child'],
    ]);
    expect(withoutIds(c.snapshot())).toEqual(withoutIds(before));
  });

  it('asks when a block was edited; skipEdited refreshes only the others, replaceEdited all', () => {
    const c = withAgendaAndRequirements();
    editAsUser(c.document, (body) => body.getChild(4).asParagraph().appendText(' My answer.'));
    const before = c.snapshot();
    const asked = expectFailure<NeedsConfirmation>(
      c.run('refreshInsertedSections'),
      'needs-confirmation',
      /conversation agenda/,
    );
    expect(asked.edited.map((b) => b.kind)).toEqual(['agenda']);
    expect(c.snapshot()).toEqual(before);

    const skipped = c.run('refreshInsertedSections', { skipEdited: true }) as {
      status: string;
      refreshed: { kind: string }[];
      edited: { kind: string }[];
    };
    expect(skipped.refreshed.map((b) => b.kind)).toEqual(['requirements']);
    expect(skipped.edited.map((b) => b.kind)).toEqual(['agenda']);
    expect(bodyTexts(c.snapshot())[4]).toMatch(/My answer\.$/);

    const all = c.run('refreshInsertedSections', {
      replaceEdited: true,
    }) as { refreshed: { kind: string }[]; edited: unknown[] };
    expect(all.refreshed.map((b) => b.kind)).toEqual(['agenda', 'requirements']);
    expect(all.edited).toEqual([]);
    expect(bodyTexts(c.snapshot()).join('\n')).not.toContain('My answer.');
    expect(c.outside()).toEqual(['Intro', 'Outro']);
  });
});
