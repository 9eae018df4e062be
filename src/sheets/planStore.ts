/**
 * The chosen roles and the focus size, kept in the spreadsheet's document properties (shared by
 * everyone editing it). The focus size has a property of its own: an import remembers the roles
 * without knowing it, and must not forget it.
 */
import * as z from 'zod/mini';
import { focusSizeOf } from '../core/focusSize';
import type { HandbookSource } from '../api/sheets';
import { documentProperties, readDocumentProperties } from './documentProperties';

const PROPERTY = 'careergrowth.plan';
const FOCUS_PROPERTY = 'careergrowth.focusSize';

const handbookSource = z.object({
  url: z.string(),
  pageTitle: z.string(),
  targetLevel: z.string(),
  targetTitle: z.string(),
  currentLevel: z.nullable(z.string()),
  currentTitle: z.nullable(z.string()),
});

const roleId = z.nullable(z.string());
const storedHandbook = z.nullable(handbookSource);

/** The field's value when it fits the schema, else null: one bad field does not lose the others. */
function fieldOrNull<T>(schema: z.ZodMiniType<T>, value: unknown): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export interface StoredPlan {
  currentRoleId: string | null;
  targetRoleId: string | null;
  /** The handbook page of the last import, when its wording came from one. */
  handbook: HandbookSource | null;
  /** How many gaps this period's focus holds, as last chosen (absent: the default). */
  focusSize?: number;
}

const EMPTY: StoredPlan = { currentRoleId: null, targetRoleId: null, handbook: null };

/** The roles and the focus size, from the document's properties (read in one call unless given). */
export function readStoredPlan(properties: Record<string, string> = readDocumentProperties()): StoredPlan {
  const focusSize = focusSizeOf(Number(properties[FOCUS_PROPERTY]));
  const roles = rolesOf(properties[PROPERTY]);
  return focusSize === null ? roles : { ...roles, focusSize };
}

function rolesOf(raw: string | undefined): StoredPlan {
  if (!raw) return EMPTY;
  try {
    const stored: unknown = JSON.parse(raw);
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return EMPTY;
    const fields = stored as Record<string, unknown>;
    return {
      currentRoleId: fieldOrNull(roleId, fields.currentRoleId),
      targetRoleId: fieldOrNull(roleId, fields.targetRoleId),
      handbook: fieldOrNull(storedHandbook, fields.handbook),
    };
  } catch {
    return EMPTY; // a hand-edited property is not worth failing the sidebar over
  }
}

/** Remembers the chosen roles (the focus size keeps its own property). */
export function saveStoredPlan(plan: StoredPlan): void {
  const { currentRoleId, targetRoleId, handbook } = plan;
  documentProperties().setProperty(PROPERTY, JSON.stringify({ currentRoleId, targetRoleId, handbook }));
}

export function saveFocusSize(size: number): void {
  documentProperties().setProperty(FOCUS_PROPERTY, String(size));
}
