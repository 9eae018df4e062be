/**
 * What a person does in the editor, for tests: edits made this way are not counted and need no auth
 * mode, like typing in Google Docs between two add-on runs.
 */
import { silently } from '../calls';
import type { FakeDocument } from './document';
import type { FakeBody } from './elements';
import { wrapAs } from './elements';
import { at } from '../must';

/**
 * Runs `edit` with the body of a tab (title or id; default the first tab), uncounted:
 * `editAsUser(doc, (body) => body.getChild(3).asParagraph().appendText(' and more'))`.
 */
export function editAsUser<T>(
  doc: FakeDocument,
  edit: (body: FakeBody, document: FakeDocument) => T,
  tab?: string,
): T {
  return silently(() => {
    const model = tab ? doc._findTab(tab) : at(doc._tabs, 0, 'tab');
    return edit(wrapAs(doc._env, model.body, 'BODY_SECTION'), doc);
  });
}
