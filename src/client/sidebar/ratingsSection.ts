/** The rating progress: how many requirements are rated, how many are gaps, a link to the tab. */
import type { RequirementProgress } from '../../api/sheets';
import { RATINGS } from '../../api/sheets';
import { el } from '../common/dom';
import { actionButton, statusRegion } from '../common/status';
import { plural, ratedPercent, ratingProgressText } from './format';
import { openTabButton } from './openTabButton';

export class RatingsSection {
  readonly element: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly note: HTMLElement;
  private readonly openLink: HTMLButtonElement;
  readonly refreshButton: HTMLButtonElement;
  /** Opens the rating view. */
  readonly rateButton: HTMLButtonElement;
  readonly status: HTMLElement;

  constructor() {
    this.summary = el('p', { className: 'progress-text', attrs: { 'aria-live': 'polite' } });
    this.bar = el('div', { className: 'meter-fill' });
    this.note = el('p', { className: 'muted small', attrs: { hidden: true } });
    this.status = statusRegion();
    this.refreshButton = actionButton('Refresh', 'link');
    this.openLink = openTabButton('Open Role Requirements', 'requirements', this.status);
    this.rateButton = actionButton('Rate in the sidebar', 'secondary');
    this.element = el('section', { className: 'card', attrs: { 'aria-labelledby': 'ratings-heading' } }, [
      el('h2', { id: 'ratings-heading', className: 'card-title', text: 'Ratings' }),
      this.summary,
      el('div', { className: 'meter', attrs: { 'aria-hidden': 'true' } }, [this.bar]),
      el('p', {
        className: 'card-intro',
        text: `Rate each requirement here, one at a time, or in the Self rating column: ${RATINGS.join(', ')}.`,
      }),
      this.note,
      el('div', { className: 'actions' }, [this.rateButton]),
      el('div', { className: 'links' }, [this.openLink, this.refreshButton]),
      this.status,
    ]);
  }

  /** `isSetUp` false hides the link to a tab that does not exist yet. */
  update(progress: RequirementProgress, isSetUp: boolean): void {
    this.openLink.hidden = !isSetUp;
    this.rateButton.hidden = progress.total === 0;
    this.summary.textContent = ratingProgressText(progress);
    this.bar.style.width = `${ratedPercent(progress)}%`;
    this.note.hidden = progress.notInTarget === 0;
    this.note.textContent =
      progress.notInTarget === 0
        ? ''
        : `${plural(progress.notInTarget, 'earlier row')} kept for their ratings, not in the target role.`;
  }
}
