/**
 * The scenarios whose Apps Script call counts the benchmark prints and the tests assert: the
 * same action on small and large inputs must cost the same number of calls.
 */
import { silently, type CallCounter } from '../../fake/calls';
import { openPlan, tabValues, type Harness } from './harness';
import { at, must } from '../must';

export interface CallCount {
  total: number;
  byMethod: Record<string, number>;
  /** Forced flushes: reads landing on queued writes (fake/callKinds.ts). */
  readsAfterWrite: number;
  /** Every read after the first write. */
  readsAfterFirstWrite: number;
}

/** The figures of the calls counted since the last reset. */
export function countOf(calls: CallCounter): CallCount {
  return {
    total: calls.total,
    byMethod: { ...calls.byMethod },
    readsAfterWrite: calls.readsAfterWrite(),
    readsAfterFirstWrite: calls.readsAfterFirstWrite(),
  };
}

/**
 * The calls of one pack decode (src/appsscript/packs/unpack.ts): local work, no document or network.
 * The project file's text, which becomes bytes in the script's own code
 * (src/appsscript/packs/base91.ts), then gunzipped.
 */
export const PACK_DECODE_CALLS = [
  'HtmlService.createHtmlOutputFromFile',
  'HtmlOutput.getContent',
  'Utilities.newBlob',
  'Utilities.ungzip',
  'Blob.getDataAsString',
] as const;

/** How many packs an action decoded. */
export function packDecodes(count: CallCount): number {
  return count.byMethod['Utilities.ungzip'] ?? 0;
}

/** The calls of an action apart from its pack decodes: what reaches the document, caches and network. */
export function callsBesidesPackDecodes(count: CallCount): number {
  return count.total - packDecodes(count) * PACK_DECODE_CALLS.length;
}

function measure(h: Harness, action: () => void): CallCount {
  h.fake.calls.reset();
  action();
  return countOf(h.fake.calls);
}

/** A set-up plan whose Role Requirements tab holds `existingRows` rows people typed. */
function planWithRows(existingRows: number): Harness {
  const h = openPlan();
  h.call('setUpGrowthPlan');
  if (existingRows > 0) {
    const header = at(tabValues(h, 'Role Requirements'), 0, 'header row');
    const rows = Array.from({ length: existingRows }, (_, i) =>
      header.map((name) =>
        name === 'Requirement' ? `Own requirement ${i}` : name === 'Self rating' ? 'Meets' : '',
      ),
    );
    silently(() => {
      const sheet = must(h.spreadsheet.getSheetByName('Role Requirements'), 'The Role Requirements tab');
      // Leave the same spare room below the data as a new tab has, so neither case has to grow the sheet.
      const wanted = existingRows + 1 + 100;
      if (sheet.getMaxRows() < wanted) sheet.insertRowsAfter(sheet.getMaxRows(), wanted - sheet.getMaxRows());
      sheet.getRange(2, 1, existingRows, header.length).setValues(rows);
    });
  }
  return h;
}

/** Calls of one import of `targetRoleId` into a set-up plan that already holds `existingRows` rows. */
export function importCalls(targetRoleId: string, existingRows = 0): CallCount {
  const h = planWithRows(existingRows);
  return measure(h, () => {
    h.call('importRoleRequirements', { currentRoleId: null, targetRoleId });
  });
}

/** Calls of the sidebar's first paint on a plan with `existingRows` requirement rows. */
export function plannerStateCalls(existingRows = 0): CallCount {
  const h = planWithRows(existingRows);
  return measure(h, () => {
    h.call('getPlannerState');
  });
}

/** Calls of one generate with `gaps` new gaps, into an Action Plan that already holds `existingActions` rows. */
export function generateCalls(existingActions: number, gaps = 5): CallCount {
  const requirements: unknown[][] = [['Requirement', 'Self rating', 'Manager rating', 'Evidence']];
  for (let i = 0; i < gaps; i++) requirements.push([`Gap requirement ${i}`, 'Developing', '', '']);
  const actions: unknown[][] = [
    [
      'Key',
      'Requirement',
      'Area',
      'Action',
      'Type',
      'Resource',
      'Owner',
      'Due date',
      'Status',
      'Success measure',
      'Notes',
    ],
  ];
  for (let i = 0; i < existingActions; i++) {
    actions.push([
      `act:manual:${i}`,
      `Earlier requirement ${i}`,
      '',
      `Earlier action ${i}`,
      'Learning',
      '',
      'Me',
      new Date(2026, 0, 1),
      'Done',
      '',
      '',
    ]);
  }
  const h = openPlan({ 'Role Requirements': requirements, 'Action Plan': actions });
  h.call('setUpGrowthPlan');
  return measure(h, () => {
    h.call('generateActionPlan');
  });
}

/**
 * A plan with `existingActions` rows people typed in its Action Plan, then a catalog role's gaps
 * generated below them: what the other-ideas scenarios start from. Returns the first focus action.
 */
function generatedPlan(existingActions: number): { h: Harness; key: string; suggestionId: string } {
  const h = openPlan();
  h.call('importRoleRequirements', { currentRoleId: null, targetRoleId: 'sales-strategy/vp' });
  const requirements = tabValues(h, 'Role Requirements');
  silently(() => {
    const sheet = must(h.spreadsheet.getSheetByName('Role Requirements'), 'The Role Requirements tab');
    const self = at(requirements, 0, 'header row').indexOf('Self rating') + 1;
    sheet
      .getRange(2, self, requirements.length - 1, 1)
      .setValues(requirements.slice(1).map(() => ['Developing']));
    if (existingActions > 0) {
      const actions = must(h.spreadsheet.getSheetByName('Action Plan'), 'The Action Plan tab');
      const header = at(tabValues(h, 'Action Plan'), 0, 'header row');
      const rows = Array.from({ length: existingActions }, (_, i) =>
        header.map((name) =>
          name === 'Requirement'
            ? `Earlier requirement ${i}`
            : name === 'Action'
              ? `Earlier action ${i}`
              : '',
        ),
      );
      const wanted = existingActions + 1 + 100;
      if (actions.getMaxRows() < wanted)
        actions.insertRowsAfter(actions.getMaxRows(), wanted - actions.getMaxRows());
      actions.getRange(2, 1, existingActions, header.length).setValues(rows);
    }
  });
  const generated = h.call('generateActionPlan') as { plan: { focus: { key: string }[] } };
  const key = at(generated.plan.focus, 0, 'focus action').key;
  const ideas = h.call('getSuggestions', { key }) as { options: { id: string }[] };
  return { h, key, suggestionId: at(ideas.options, 0, 'other idea').id };
}

/** Calls of listing the other ideas for a focus action, with `existingActions` more rows in the plan. */
export function suggestionsCalls(existingActions: number): CallCount {
  const { h, key } = generatedPlan(existingActions);
  return measure(h, () => {
    h.call('getSuggestions', { key });
  });
}

/** Calls of swapping a focus action for another idea, with `existingActions` more rows in the plan. */
export function swapCalls(existingActions: number): CallCount {
  const { h, key, suggestionId } = generatedPlan(existingActions);
  return measure(h, () => {
    const reply = h.call('swapSuggestion', { key, suggestionId }) as { ok: boolean; message?: string };
    if (!reply.ok) throw new Error(`swapSuggestion failed: ${reply.message ?? ''}`);
  });
}

/** Calls of Set up growth plan on a new workbook (a single empty Sheet1). */
export function setUpCalls(): CallCount {
  const h = openPlan();
  return measure(h, () => {
    h.call('setUpGrowthPlan');
  });
}

/** Calls of Set up growth plan run again on a plan it already set up (the repair path). */
export function setUpAgainCalls(): CallCount {
  const h = openPlan();
  h.call('setUpGrowthPlan');
  return measure(h, () => {
    h.call('setUpGrowthPlan');
  });
}

/** The catalog roles with the fewest and the most requirements. */
export function smallestAndLargestRoles(): {
  smallest: { id: string; count: number };
  largest: { id: string; count: number };
} {
  const h = openPlan();
  const { roles } = h.call('getPlannerState') as { roles: { id: string; requirementCount: number }[] };
  const sorted = [...roles].sort((a, b) => a.requirementCount - b.requirementCount);
  const pick = (r: { id: string; requirementCount: number }) => ({ id: r.id, count: r.requirementCount });
  return { smallest: pick(at(sorted, 0, 'role')), largest: pick(at(sorted, sorted.length - 1, 'role')) };
}
