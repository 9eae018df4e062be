import type { BlockInfo } from '../../../src/api/docs';
import type { RoleOption } from '../../../src/api/sheets';
import { existingBlockNote } from '../../../src/client/dialogs/frame/blockNote';
import { requirementsPreview } from '../../../src/client/dialogs/requirements/preview';
import { createServerCaller } from '../../../src/client/common/server';
import { callDocs } from '../../../src/client/dialogs/frame/docsServer';

function role(id: string, title: string, requirementCount = 6): RoleOption {
  return {
    id,
    title,
    familyId: 'f',
    familyName: 'Family',
    team: 'Team',
    grade: 7,
    url: '',
    requirementCount,
  };
}

describe('requirementsPreview', () => {
  it('says nothing until a target role is picked', () => {
    expect(requirementsPreview(null, role('a', 'Analyst'))).toBeNull();
  });

  it('counts the target role requirements and names the role compared with', () => {
    expect(requirementsPreview(role('b', 'Senior Analyst', 7), null)).toBe(
      '7 requirements of Senior Analyst, with columns for self and manager ratings.',
    );
    expect(requirementsPreview(role('b', 'Senior Analyst', 1), role('a', 'Analyst'))).toBe(
      '1 requirement of Senior Analyst, each marked whether it is new compared with Analyst.',
    );
    expect(requirementsPreview(role('b', 'Analyst'), role('b', 'Analyst'))).toContain('none is new');
  });
});

describe('existingBlockNote', () => {
  const block = (kind: BlockInfo['kind'], edited: boolean): BlockInfo => ({
    kind,
    name: `careergrowth.${kind}.x`,
    edited,
    tab: 'Tab 1',
  });

  it('is null when the document has no block of the kind', () => {
    expect(existingBlockNote([block('agenda', false)], 'requirements', 'a table')).toBeNull();
  });

  it('says the block is replaced in place, and warns when someone edited it', () => {
    expect(existingBlockNote([block('requirements', false)], 'requirements', 'a table')).toBe(
      'This document already has a table. It will be replaced where it is.',
    );
    expect(existingBlockNote([block('requirements', true)], 'requirements', 'a table')).toContain(
      'You will be asked',
    );
  });
});

describe('createServerCaller', () => {
  afterEach(() => {
    delete (globalThis as { google?: unknown }).google;
  });

  it('calls the named function of google.script.run and resolves with its reply', async () => {
    const calls: unknown[][] = [];
    const make = (ok?: (v: unknown) => void): Record<string, unknown> => ({
      withSuccessHandler: (handler: (v: unknown) => void) => make(handler),
      withFailureHandler: () => make(ok),
      insertThing: (...args: unknown[]) => {
        calls.push(args);
        setTimeout(() => ok?.({ ok: true, status: 'inserted' }), 0);
      },
    });
    (globalThis as { google?: unknown }).google = { script: { run: make() } };
    const call = createServerCaller<{
      insertThing(request: { id: string }): { ok: true; status: string };
    }>();
    await expect(call('insertThing', { id: 'x' })).resolves.toEqual({ ok: true, status: 'inserted' });
    expect(calls).toEqual([[{ id: 'x' }]]);
  });

  it("types the Docs dialogs' calls from the Docs entry", () => {
    // Never run: tsc -b checks these lines.
    const typeChecks = () => {
      // @ts-expect-error the target role id is text
      void callDocs('insertRoleRequirements', { currentRoleId: null, targetRoleId: 1 });
      // @ts-expect-error replacing edited text is a yes-or-no choice
      void callDocs('insertActionPlanSummary', { replaceEdited: 'yes' });
      // @ts-expect-error the Sheets add-on's functions are not the Docs add-on's
      void callDocs('importRoleRequirements', { currentRoleId: null, targetRoleId: 'a/b' });
      void callDocs('insertActionPlanSummary');
      void callDocs('refreshInsertedSections', { skipEdited: true });
    };
    expect(typeof typeChecks).toBe('function');
  });
});
