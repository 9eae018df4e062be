/** The growth plan linked to this document, remembered in its document properties. */

/** The document property holding the link (the preview seeds it too). */
export const LINK_KEY = 'careergrowth.growthPlanUrl';

export function linkedPlanUrl(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(LINK_KEY) || null;
}

/** Called only after the plan was read successfully, so a bad URL is never remembered. */
export function rememberPlanUrl(url: string): void {
  PropertiesService.getDocumentProperties().setProperty(LINK_KEY, url);
}
