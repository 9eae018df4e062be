/** The chosen roles, kept in the spreadsheet's document properties (shared by everyone editing it). */
import * as z from 'zod/mini';
import type { HandbookSource } from '../api/sheets';

const PROPERTY = 'careergrowth.plan';

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
}

const EMPTY: StoredPlan = { currentRoleId: null, targetRoleId: null, handbook: null };

export function readStoredPlan(): StoredPlan {
  const raw = PropertiesService.getDocumentProperties().getProperty(PROPERTY);
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

export function saveStoredPlan(plan: StoredPlan): void {
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(plan));
}
