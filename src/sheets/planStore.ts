/** The chosen roles, kept in the spreadsheet's document properties (shared by everyone editing it). */
import * as z from 'zod/mini';

const PROPERTY = 'careergrowth.plan';

const storedPlan = z.object({
  currentRoleId: z.catch(z.nullable(z.string()), null),
  targetRoleId: z.catch(z.nullable(z.string()), null),
});

export interface StoredPlan {
  currentRoleId: string | null;
  targetRoleId: string | null;
}

const EMPTY: StoredPlan = { currentRoleId: null, targetRoleId: null };

export function readStoredPlan(): StoredPlan {
  const raw = PropertiesService.getDocumentProperties().getProperty(PROPERTY);
  if (!raw) return EMPTY;
  try {
    const parsed = storedPlan.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY; // a hand-edited property is not worth failing the sidebar over
  }
}

export function saveStoredPlan(plan: StoredPlan): void {
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(plan));
}
