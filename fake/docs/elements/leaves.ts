/** Elements without children or text of their own. */
import { countElement, FakeElement, registerElement } from './base';

export class FakeHorizontalRule extends FakeElement {
  copy(): FakeHorizontalRule {
    return this._copyAs('HORIZONTAL_RULE');
  }
}
countElement(FakeHorizontalRule, 'HorizontalRule');
registerElement('HORIZONTAL_RULE', FakeHorizontalRule);

export class FakePageBreak extends FakeElement {
  copy(): FakePageBreak {
    return this._copyAs('PAGE_BREAK');
  }
}
countElement(FakePageBreak, 'PageBreak');
registerElement('PAGE_BREAK', FakePageBreak);
