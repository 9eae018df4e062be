/** Shown while the spreadsheet has no plan tabs: explains and offers "Set up growth plan". */
import type { PlanState } from '../../api/sheets';
import { el } from '../common/dom';
import { callServer } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import type { Runner } from './runner';

export class SetupCard {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly intro: HTMLElement;
  private readonly status: HTMLElement;

  constructor(
    private readonly runner: Runner,
    private readonly onPlan: (plan: PlanState) => void,
  ) {
    this.button = actionButton('Set up growth plan', 'primary');
    this.button.addEventListener('click', () => void this.setUp());
    this.status = statusRegion();
    this.intro = el('p', {
      className: 'card-intro',
      text: 'Adds the Role Requirements and Action Plan tabs to this spreadsheet. Your own tabs are left as they are.',
    });
    this.element = el(
      'section',
      { className: 'card card-setup', attrs: { 'aria-labelledby': 'setup-heading', hidden: true } },
      [
        el('h2', { id: 'setup-heading', className: 'card-title', text: 'Set up your growth plan' }),
        this.intro,
        el('div', { className: 'actions' }, [this.button]),
        this.status,
      ],
    );
  }

  /** Visible until the plan is set up; stays visible once to show what setting up did. */
  update(plan: PlanState): void {
    if (!plan.isSetUp) {
      this.element.hidden = false;
      this.button.hidden = false;
      this.intro.hidden = false;
    } else if (this.status.hidden) {
      this.element.hidden = true;
    }
  }

  setBusy(busy: boolean): void {
    this.button.setAttribute('aria-disabled', String(busy));
  }

  private async setUp(): Promise<void> {
    const outcome = await this.runner.run(this.button, 'Setting up…', this.status, () =>
      callServer('setUpGrowthPlan'),
    );
    if (outcome.status !== 'succeeded') return;
    const summary = outcome.reply;
    const lines = [
      summary.created.length > 0 ? `Created: ${summary.created.join(', ')}` : '',
      summary.repaired.length > 0 ? `Repaired: ${summary.repaired.join(', ')}` : '',
    ].filter(Boolean);
    this.button.hidden = true;
    this.intro.hidden = true;
    showStatus(this.status, { kind: 'success', title: 'Your growth plan is set up', lines });
    // The button just disappeared under the keyboard focus; move focus to what replaced it.
    this.status.tabIndex = -1;
    this.status.focus();
    this.onPlan(summary.plan);
  }
}
