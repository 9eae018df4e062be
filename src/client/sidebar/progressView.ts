/**
 * The progress view: whether a check-in is due, what changed since the last one, recording a
 * check-in, the next check-in date (editable, with a Google Calendar link) and every check-in so far
 * with its figures.
 */
import type { CheckInFigures, NextCheckIn, Progress, ProgressChanges } from '../../api/tracker';
import { el, replaceChildren, uniqueId } from '../common/dom';
import { callServer } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import { CheckInView } from './checkInView';
import {
  actionFiguresText,
  changesHeading,
  dueText,
  moveText,
  nextCheckInText,
  requirementFiguresText,
  safeCalendarUrl,
  shortDate,
} from './progressFormat';
import type { Runner } from './runner';

export class ProgressView {
  readonly element: HTMLElement;
  private readonly message: HTMLElement;
  private readonly retry: HTMLButtonElement;
  private readonly content: HTMLElement;
  private readonly due: HTMLElement;
  private readonly changesTitle: HTMLElement;
  private readonly sentence: HTMLElement;
  private readonly moves: HTMLElement;
  private readonly standing: HTMLElement;
  private readonly firstHint: HTMLElement;
  private readonly checkIn: CheckInView;
  private readonly nextText: HTMLElement;
  private readonly nextDate: HTMLInputElement;
  private readonly saveDate: HTMLButtonElement;
  private readonly calendar: HTMLAnchorElement;
  private readonly nextStatus: HTMLElement;
  private readonly history: HTMLElement;
  private readonly historyEmpty: HTMLElement;
  private loading = false;
  private loaded = false;

  constructor(
    private readonly runner: Runner,
    private readonly onDue: (due: boolean) => void,
  ) {
    this.message = statusRegion();
    this.retry = actionButton('Try again', 'secondary');
    this.retry.hidden = true;
    this.retry.addEventListener('click', () => void this.load());

    this.due = el('div', { className: 'due-banner', attrs: { role: 'status', hidden: true } });
    this.changesTitle = el('h2', { id: 'changes-heading', className: 'card-title' });
    this.sentence = el('p', { className: 'progress-text changes-sentence' });
    this.moves = el('ul', { className: 'moves' });
    this.standing = el('ul', { className: 'standing' });
    this.firstHint = el('p', {
      className: 'muted small',
      text: 'Record a check-in to keep where you stand today; the next one shows what moved since.',
    });
    this.checkIn = new CheckInView(runner, (summary) => {
      this.show(summary.progress);
    });

    const dateId = uniqueId('next-date');
    this.nextText = el('p', { className: 'next-text' });
    this.nextDate = el('input', {
      id: dateId,
      className: 'text-input date-input',
      attrs: { type: 'date', required: true },
    });
    this.saveDate = actionButton('Save date', 'secondary');
    this.saveDate.addEventListener('click', () => void this.setNextDate());
    this.calendar = el(
      'a',
      {
        className: 'calendar-link',
        attrs: { target: '_blank', rel: 'noopener' },
      },
      ['Add to Google Calendar', el('span', { className: 'visually-hidden', text: ' (opens in a new tab)' })],
    );
    this.nextStatus = statusRegion();

    this.history = el('ol', { className: 'check-ins' });
    this.historyEmpty = el('p', { className: 'muted small', text: 'No check-ins yet.' });

    this.content = el('div', { className: 'progress-content', attrs: { hidden: true } }, [
      this.due,
      el('section', { className: 'card', attrs: { 'aria-labelledby': 'changes-heading' } }, [
        this.changesTitle,
        this.sentence,
        this.moves,
        this.standing,
        this.firstHint,
      ]),
      this.checkIn.element,
      el('section', { className: 'card', attrs: { 'aria-labelledby': 'next-heading' } }, [
        el('h2', { id: 'next-heading', className: 'card-title', text: 'Next check-in' }),
        this.nextText,
        el('label', { className: 'field-label', text: 'Move it to', attrs: { for: dateId } }),
        el('div', { className: 'inline-field' }, [this.nextDate, this.saveDate]),
        this.nextStatus,
        el('div', { className: 'links' }, [this.calendar]),
      ]),
      el('section', { className: 'card', attrs: { 'aria-labelledby': 'history-heading' } }, [
        el('h2', { id: 'history-heading', className: 'card-title', text: 'Check-ins' }),
        this.historyEmpty,
        this.history,
      ]),
    ]);
    this.element = el('section', { className: 'progress-view', attrs: { 'aria-label': 'Progress' } }, [
      this.message,
      el('div', { className: 'actions' }, [this.retry]),
      this.content,
    ]);
  }

  /** Each time the view is shown: the sheet may have moved, so read it again. */
  onShow(): void {
    void this.load();
  }

  setBusy(busy: boolean): void {
    this.checkIn.setBusy(busy);
    this.saveDate.setAttribute('aria-disabled', String(busy));
  }

  async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    if (!this.loaded) {
      this.element.setAttribute('aria-busy', 'true');
      showStatus(this.message, { kind: 'info', title: 'Loading your progress…' });
    }
    const reply = await callServer('getProgress');
    this.loading = false;
    this.element.removeAttribute('aria-busy');
    if (!reply.ok) {
      showStatus(this.message, { kind: 'error', title: reply.message });
      this.retry.hidden = false;
      return;
    }
    this.loaded = true;
    showStatus(this.message, null);
    this.retry.hidden = true;
    this.show(reply);
  }

  private show(progress: Progress): void {
    this.content.hidden = false;
    this.showDue(progress.next);
    this.showChanges(progress.changes);
    replaceChildren(this.standing, [
      el('li', { text: requirementFiguresText(progress.now) }),
      el('li', { text: actionFiguresText(progress.now) }),
    ]);
    this.firstHint.hidden = progress.checkIns.length > 0;
    this.showNext(progress.next);
    this.showHistory(progress.checkIns);
  }

  private showDue(next: NextCheckIn): void {
    this.due.hidden = !next.due;
    this.due.textContent = next.due ? dueText(next) : '';
    this.onDue(next.due);
  }

  private showChanges(changes: ProgressChanges): void {
    this.changesTitle.textContent = changesHeading(changes);
    this.sentence.textContent = changes.sentence;
    const moves = [
      ...changes.movedUp.map((m) => ({ up: true, requirement: m.requirement, text: moveText(m.from, m.to) })),
      ...changes.movedDown.map((m) => ({
        up: false,
        requirement: m.requirement,
        text: moveText(m.from, m.to),
      })),
    ];
    replaceChildren(
      this.moves,
      moves.map((move) =>
        el('li', { className: `move ${move.up ? 'move-up' : 'move-down'}` }, [
          el('span', { className: 'move-mark', text: move.up ? '▲' : '▼', attrs: { 'aria-hidden': 'true' } }),
          el('span', { className: 'visually-hidden', text: move.up ? 'Up: ' : 'Down: ' }),
          el('span', { className: 'move-requirement', text: move.requirement }),
          el('span', { className: 'move-ratings', text: move.text }),
        ]),
      ),
    );
    this.moves.hidden = moves.length === 0;
  }

  private showNext(next: NextCheckIn): void {
    this.nextText.textContent = nextCheckInText(next);
    this.nextDate.value = next.date;
    const url = safeCalendarUrl(next.calendarUrl);
    if (url) this.calendar.href = url;
    else this.calendar.removeAttribute('href');
    this.calendar.hidden = url === null;
  }

  private showHistory(checkIns: readonly CheckInFigures[]): void {
    const newestFirst = [...checkIns].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    this.historyEmpty.hidden = newestFirst.length > 0;
    replaceChildren(
      this.history,
      newestFirst.map((figures) =>
        el('li', { className: 'check-in' }, [
          el('p', { className: 'check-in-date', text: shortDate(figures.date) }),
          el('p', { className: 'check-in-figures', text: requirementFiguresText(figures) }),
          el('p', { className: 'check-in-figures', text: actionFiguresText(figures) }),
          figures.note ? el('p', { className: 'check-in-note', text: figures.note }) : null,
        ]),
      ),
    );
  }

  private async setNextDate(): Promise<void> {
    const date = this.nextDate.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      showStatus(this.nextStatus, { kind: 'error', title: 'Choose a date for the next check-in.' });
      this.nextDate.focus();
      return;
    }
    const outcome = await this.runner.run(this.saveDate, 'Saving…', this.nextStatus, () =>
      callServer('setNextCheckIn', { date }),
    );
    if (outcome.status !== 'succeeded') return;
    showStatus(this.nextStatus, { kind: 'success', title: `Next check-in set for ${shortDate(date)}` });
    await this.load();
  }
}
