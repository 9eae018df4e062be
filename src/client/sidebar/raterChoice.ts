/** "Who is rating?": asked the first time, and again when the person wants to change it. */
import type { Rater } from '../../api/tracker';
import { el, uniqueId } from '../common/dom';
import { actionButton } from '../common/status';

export class RaterChoice {
  readonly element: HTMLElement;
  readonly self: HTMLButtonElement;
  readonly manager: HTMLButtonElement;
  private readonly cancel: HTMLButtonElement;
  private readonly heading: HTMLElement;

  constructor(onChoose: (rater: Rater, button: HTMLButtonElement) => void, onCancel: () => void) {
    this.self = actionButton("I'm rating myself", 'secondary');
    this.manager = actionButton("I'm the manager", 'secondary');
    this.cancel = actionButton('Cancel', 'link');
    this.self.addEventListener('click', () => {
      onChoose('self', this.self);
    });
    this.manager.addEventListener('click', () => {
      onChoose('manager', this.manager);
    });
    this.cancel.addEventListener('click', onCancel);
    const headingId = uniqueId('rater-heading');
    this.heading = el('h2', {
      id: headingId,
      className: 'card-title',
      text: 'Who is rating?',
      attrs: { tabindex: -1 },
    });
    this.element = el(
      'div',
      { className: 'rater-choice', attrs: { role: 'group', 'aria-labelledby': headingId } },
      [
        this.heading,
        el('p', {
          className: 'card-intro',
          text: 'You rate in the Self rating column, a manager in Manager rating. The sidebar remembers your answer for you on this spreadsheet.',
        }),
        el('div', { className: 'rater-options' }, [this.self, this.manager]),
        el('div', { className: 'links' }, [this.cancel]),
      ],
    );
  }

  /** `canCancel` false the first time: there is nothing to go back to. */
  open(current: Rater | null): void {
    this.cancel.hidden = current === null;
    this.self.setAttribute('aria-pressed', String(current === 'self'));
    this.manager.setAttribute('aria-pressed', String(current === 'manager'));
    this.element.hidden = false;
  }

  focus(): void {
    this.heading.focus();
  }
}
