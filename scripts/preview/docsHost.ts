/**
 * One preview document for the Docs add-on. Needs the DocumentApp fake (tests/fakes/docs), which is
 * not on this branch yet: until it is, the /docs page shows this message instead of a document.
 */
import type { FakeSpreadsheet } from '../../tests/fakes';
import type { DocsPreviewHost } from './docsPreview';

export function createDocsHost(_buildDir: string, _growthPlan: () => FakeSpreadsheet): DocsPreviewHost {
  throw new Error('the in-memory DocumentApp fake (tests/fakes/docs) is not available yet.');
}
