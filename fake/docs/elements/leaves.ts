/** Elements without children or text of their own. */
import { countElement, FakeElement, registerElement } from './base';

export class FakeHorizontalRule extends FakeElement {}
countElement(FakeHorizontalRule, 'HorizontalRule');
registerElement('HORIZONTAL_RULE', FakeHorizontalRule);

export class FakePageBreak extends FakeElement {}
countElement(FakePageBreak, 'PageBreak');
registerElement('PAGE_BREAK', FakePageBreak);
