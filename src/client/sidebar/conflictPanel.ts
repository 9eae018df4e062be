/**
 * What the rating view shows when a save met rows that changed in the sheet: each row with what
 * the sheet holds now and what the person wanted, and the two ways out: keep the sheet's values
 * (those rows reload) or use theirs (saved over the sheet's).
 */
import type { RatingConflict, RatingRow } from '../../api/tracker';
import { el, replaceChildren, uniqueId } from '../common/dom';
import { actionButton } from '../common/status';
import { changedCells, conflictSideText, conflictTitle } from './ratingFormat';

export interface ShownConflict {
  conflict: RatingConflict;
  /** The row as the sidebar had read it, and as the sheet holds it now (undefined when gone). */
  before: RatingRow | undefined;
  now: RatingRow | undefined;
}

export class ConflictPanel {
  readonly element: HTMLElement;
  readonly keepSheets: HTMLButtonElement;
  readonly useMine: HTMLButtonElement;
  private readonly title: HTMLElement;
  private readonly list: HTMLElement;

  constructor(onKeepSheets: () => void, onUseMine: () => void) {
    const titleId = uniqueId('conflict-title');
    this.title = el('h2', { id: titleId, className: 'conflict-title', attrs: { tabindex: -1 } });
    this.list = el('ul', { className: 'conflict-list' });
    this.keepSheets = actionButton("Keep the sheet's", 'secondary');
    this.useMine = actionButton('Use mine', 'primary');
    this.keepSheets.addEventListener('click', onKeepSheets);
    this.useMine.addEventListener('click', onUseMine);
    this.element = el(
      'section',
      { className: 'conflict', attrs: { 'aria-labelledby': titleId, hidden: true } },
      [
        this.title,
        el('p', { className: 'small', text: 'Nothing was saved. Which values should the sheet keep?' }),
        this.list,
        el('div', { className: 'actions' }, [this.keepSheets, this.useMine]),
      ],
    );
  }

  show(conflicts: readonly ShownConflict[]): void {
    this.title.textContent = conflictTitle(conflicts.length);
    const movable = conflicts.filter((c) => c.now !== undefined).length;
    this.useMine.hidden = movable === 0;
    replaceChildren(
      this.list,
      conflicts.map(({ conflict, before, now }) => {
        const requirement = conflict.requirement || now?.requirement || before?.requirement || conflict.key;
        if (!now) {
          return el('li', { className: 'conflict-row' }, [
            el('p', { className: 'conflict-requirement', text: requirement }),
            el('p', {
              className: 'conflict-gone',
              text: 'No longer in the sheet (removed, or not in the target role any more): your change to it cannot be saved.',
            }),
          ]);
        }
        const changed = changedCells(before, now);
        return el('li', { className: 'conflict-row' }, [
          el('p', { className: 'conflict-requirement', text: requirement }),
          changed.length > 0
            ? el('p', { className: 'conflict-changed', text: `Changed in the sheet: ${changed.join('; ')}` })
            : null,
          el('p', { className: 'conflict-side' }, [
            el('span', { className: 'conflict-label', text: 'In the sheet: ' }),
            conflictSideText(conflict.sheet),
          ]),
          el('p', { className: 'conflict-side' }, [
            el('span', { className: 'conflict-label', text: 'Yours: ' }),
            conflictSideText(conflict.yours),
          ]),
        ]);
      }),
    );
    this.element.hidden = false;
    this.title.focus();
  }

  hide(): void {
    this.element.hidden = true;
    replaceChildren(this.list, []);
  }

  get shown(): boolean {
    return !this.element.hidden;
  }

  setBusy(busy: boolean): void {
    this.keepSheets.setAttribute('aria-disabled', String(busy));
    this.useMine.setAttribute('aria-disabled', String(busy));
  }
}
