/** The chosen roles, kept in the spreadsheet's document properties (shared by everyone editing it). */
import * as z from 'zod';

const PROPERTY = 'careergrowth.plan';

const storedPlan = z.object({
  currentRoleId: z.string().nullable().catch(null),
  targetRoleId: z.string().nullable().catch(null),
});

export type StoredPlan = z.infer<typeof storedPlan>;

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
