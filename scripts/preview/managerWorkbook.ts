/**
 * The preview's second workbook: a manager's, whose Team tab lists five growth plans (one not
 * shared with the manager, one with a renamed tab, one without Check-ins), each registered with the
 * fake as a spreadsheet of its own that the add-on opens read-only by URL. The same plans the
 * integration tests read (scripts/harness/teamScenarios.ts).
 */
import type { FakeSpreadsheet } from '../../fake';
import { fiveLinkedPlans, teamWorkbook } from '../harness/teamScenarios';

/** Which workbook the preview opens. */
export type WorkbookKind = 'plan' | 'manager';

export const WORKBOOK_KINDS: readonly WorkbookKind[] = ['plan', 'manager'];

export function workbookKindOf(value: unknown): WorkbookKind {
  return value === 'manager' ? 'manager' : 'plan';
}

/** The active spreadsheet and the other files the add-on can open, for a workbook of this kind. */
export function workbookFiles(kind: WorkbookKind): {
  spreadsheet?: FakeSpreadsheet;
  otherSpreadsheets: FakeSpreadsheet[];
} {
  if (kind === 'plan') return { otherSpreadsheets: [] };
  const { rows, plans } = fiveLinkedPlans();
  // A column of the manager's own beside the two the add-on asks for: a refresh never writes it.
  return {
    spreadsheet: teamWorkbook(rows, ['Name', 'Growth plan', 'Next one-to-one']),
    otherSpreadsheets: plans,
  };
}
