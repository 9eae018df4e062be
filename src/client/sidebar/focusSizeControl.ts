/** "Focus on [3] gaps this period": how many gaps the next Generate makes this period's focus. */
import { el, uniqueId } from '../common/dom';
import { FOCUS_SIZES } from './focusFormat';

export class FocusSizeControl {
  readonly element: HTMLElement;
  readonly select: HTMLSelectElement;

  constructor() {
    const id = uniqueId('focus-size');
    this.select = el(
      'select',
      { id, className: 'select-input focus-size-select', attrs: { 'aria-describedby': `${id}-hint` } },
      FOCUS_SIZES.map((n) => el('option', { text: String(n), attrs: { value: String(n) } })),
    );
    this.select.value = '3';
    this.element = el('div', { className: 'focus-size' }, [
      el('div', { className: 'focus-size-row' }, [
        el('label', { className: 'field-label', text: 'Focus on', attrs: { for: id } }),
        this.select,
        el('span', { text: 'gaps this period' }),
      ]),
      el('p', {
        id: `${id}-hint`,
        className: 'field-help small',
        text: 'The most important gaps get a hands-on project and a step with others; the rest one later action each.',
      }),
    ]);
  }

  get value(): number {
    return Number(this.select.value);
  }

  /** Shows the size the plan remembers (the person may still change it before generating). */
  set(size: number): void {
    if ((FOCUS_SIZES as readonly number[]).includes(size)) this.select.value = String(size);
  }

  setBusy(busy: boolean): void {
    this.select.disabled = busy;
  }
}
