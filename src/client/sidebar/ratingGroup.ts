/**
 * The four ratings as a radio group of buttons: one tab stop, arrow keys (and Home/End) move the
 * focus, Space or Enter chooses, a click chooses. Moving does not choose, so looking through the
 * ratings never leaves an unsaved change behind.
 */
import type { Rating } from '../../api/sheets';
import { RATINGS } from '../../api/sheets';
import { el, setAttributes, uniqueId } from '../common/dom';

const RATING_CLASS: Record<Rating, string> = {
  'Not yet': 'not-yet',
  Developing: 'developing',
  Meets: 'meets',
  Exceeds: 'exceeds',
};

export class RatingGroup {
  readonly element: HTMLElement;
  readonly label: HTMLElement;
  private readonly buttons: HTMLButtonElement[];
  private value: Rating | null = null;

  constructor(private readonly onChoose: (rating: Rating) => void) {
    const labelId = uniqueId('rating-label');
    this.label = el('p', { id: labelId, className: 'field-label rating-label' });
    this.buttons = RATINGS.map((rating, index) =>
      el('button', {
        className: `rating-option rating-${RATING_CLASS[rating]}`,
        text: rating,
        attrs: {
          type: 'button',
          role: 'radio',
          'aria-checked': 'false',
          tabindex: -1,
          'data-rating': rating,
        },
        on: {
          click: () => {
            this.choose(index);
          },
          keydown: (event) => {
            this.onKey(event, index);
          },
        },
      }),
    );
    this.element = el('div', { className: 'rating-field' }, [
      this.label,
      el(
        'div',
        { className: 'rating-options', attrs: { role: 'radiogroup', 'aria-labelledby': labelId } },
        this.buttons,
      ),
    ]);
  }

  /** Describes the group by another element (the requirement it rates). */
  describeBy(id: string): void {
    this.element.querySelector('[role=radiogroup]')?.setAttribute('aria-describedby', id);
  }

  setLabel(text: string): void {
    this.label.textContent = text;
  }

  /** Shows a rating as chosen (null: none), without telling anyone. */
  set(rating: Rating | null): void {
    this.value = rating;
    const checked = rating === null ? -1 : RATINGS.indexOf(rating);
    this.buttons.forEach((button, index) => {
      setAttributes(button, {
        'aria-checked': String(index === checked),
        // The one tab stop: the chosen rating, or the first while none is.
        tabindex: index === (checked < 0 ? 0 : checked) ? 0 : -1,
      });
    });
  }

  get rating(): Rating | null {
    return this.value;
  }

  /** Puts the keyboard on the group's tab stop. */
  focus(): void {
    this.buttons.find((b) => b.tabIndex === 0)?.focus();
  }

  setDisabled(disabled: boolean): void {
    for (const button of this.buttons) button.disabled = disabled;
  }

  private choose(index: number): void {
    const rating = RATINGS[index];
    if (!rating) return;
    this.set(rating);
    this.buttons[index]?.focus();
    this.onChoose(rating);
  }

  private onKey(event: KeyboardEvent, index: number): void {
    const last = this.buttons.length - 1;
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = index === last ? 0 : index + 1;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = index === 0 ? last : index - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      this.choose(index);
      return;
    }
    if (next < 0) return;
    event.preventDefault();
    this.buttons.forEach((button, i) => {
      button.tabIndex = i === next ? 0 : -1;
    });
    this.buttons[next]?.focus();
  }
}
