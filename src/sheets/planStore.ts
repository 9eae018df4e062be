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

const storedPlan = z.object({
  currentRoleId: z.catch(z.nullable(z.string()), null),
  targetRoleId: z.catch(z.nullable(z.string()), null),
  handbook: z.catch(z.nullable(handbookSource), null),
});

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
    const parsed = storedPlan.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY; // a hand-edited property is not worth failing the sidebar over
  }
}

export function saveStoredPlan(plan: StoredPlan): void {
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(plan));
}
