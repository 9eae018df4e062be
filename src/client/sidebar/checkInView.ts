/** "Record check-in": today's ratings and action statuses kept in the Check-ins tab, with an optional note. */
import type { CheckInSummary } from '../../api/tracker';
import { el, uniqueId } from '../common/dom';
import { callServer } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import { plural } from './format';
import { recordedText } from './progressFormat';
import type { Runner } from './runner';

export class CheckInView {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly note: HTMLTextAreaElement;
  private readonly status: HTMLElement;

  constructor(
    private readonly runner: Runner,
    private readonly onRecorded: (summary: CheckInSummary) => void,
  ) {
    const noteId = uniqueId('checkin-note');
    this.note = el('textarea', {
      id: noteId,
      className: 'text-input note-input',
      attrs: { rows: 2, maxlength: 2000, placeholder: 'What happened, what you agreed on' },
    });
    this.button = actionButton('Record check-in', 'primary');
    this.button.addEventListener('click', () => void this.recordCheckIn());
    this.status = statusRegion();
    this.element = el('section', { className: 'card', attrs: { 'aria-labelledby': 'checkin-heading' } }, [
      el('h2', { id: 'checkin-heading', className: 'card-title', text: 'Record a check-in' }),
      el('p', {
        className: 'card-intro',
        text: "Keeps today's ratings and action statuses in the Check-ins tab, so the next check-in shows what moved.",
      }),
      el('label', { className: 'field-label', attrs: { for: noteId } }, [
        'Note ',
        el('span', { className: 'field-hint', text: '(optional)' }),
      ]),
      this.note,
      el('div', { className: 'actions' }, [this.button]),
      this.status,
    ]);
  }

  setBusy(busy: boolean): void {
    this.button.setAttribute('aria-disabled', String(busy));
  }

  private async recordCheckIn(): Promise<void> {
    const note = this.note.value.trim();
    const outcome = await this.runner.run(this.button, 'Recording…', this.status, () =>
      callServer('recordCheckIn', note ? { note } : {}),
    );
    if (outcome.status !== 'succeeded') return;
    const summary = outcome.reply;
    this.note.value = '';
    showStatus(this.status, {
      kind: 'success',
      title: recordedText(summary.date, summary.replaced),
      lines: [`${plural(summary.requirements, 'requirement')} and ${plural(summary.actions, 'action')} kept`],
    });
    this.onRecorded(summary);
  }
}
