/** The action plan: the "Generate action plan" button, its result and the plan's progress. */
import type { ActionProgress, PlanState } from '../../api/sheets';
import { el, replaceChildren } from '../common/dom';
import { callServer } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import { FocusSizeControl } from './focusSizeControl';
import { actionProgressText, generateSummaryLines, generateSummaryTitle, statusCounts } from './format';
import { openTabButton } from './openTabButton';
import type { Runner } from './runner';

const STATUS_CLASS: Record<string, string> = {
  'Not started': 'not-started',
  'In progress': 'in-progress',
  Blocked: 'blocked',
  Done: 'done',
  'No status': 'no-status',
};

export class ActionsSection {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  readonly focusSize = new FocusSizeControl();
  private readonly status: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly links: HTMLElement;

  constructor(
    private readonly runner: Runner,
    private readonly onPlan: (plan: PlanState) => void,
  ) {
    this.button = actionButton('Generate action plan', 'secondary');
    this.button.addEventListener('click', () => void this.generate());
    this.status = statusRegion();
    this.summary = el('p', { className: 'progress-text', attrs: { 'aria-live': 'polite' } });
    this.bar = el('div', { className: 'meter meter-stacked', attrs: { 'aria-hidden': 'true' } });
    this.legend = el('ul', { className: 'legend' });
    this.links = el('div', { className: 'links' }, [
      openTabButton('Open Action Plan', 'actions', this.status),
      openTabButton('Open Summary', 'summary', this.status),
    ]);
    this.element = el('section', { className: 'card', attrs: { 'aria-labelledby': 'actions-heading' } }, [
      el('h2', { id: 'actions-heading', className: 'card-title', text: 'Action plan' }),
      el('p', {
        className: 'card-intro',
        text: 'Actions for your gaps, following 70-20-10: hands-on projects, learning from others, formal learning.',
      }),
      this.focusSize.element,
      el('div', { className: 'actions' }, [this.button]),
      this.status,
      this.summary,
      this.bar,
      this.legend,
      this.links,
    ]);
  }

  setBusy(busy: boolean): void {
    this.button.setAttribute('aria-disabled', String(busy));
    this.focusSize.setBusy(busy);
  }

  /** `isSetUp` false hides the links to tabs that do not exist yet. */
  update(progress: ActionProgress, isSetUp: boolean): void {
    this.links.hidden = !isSetUp;
    this.summary.textContent = actionProgressText(progress);
    const counts = statusCounts(progress);
    const total = counts.reduce((sum, entry) => sum + entry.count, 0);
    replaceChildren(
      this.bar,
      counts.map((entry) => {
        const segment = el('div', { className: `meter-segment status-${STATUS_CLASS[entry.status]}` });
        segment.style.width = `${total === 0 ? 0 : (entry.count / total) * 100}%`;
        return segment;
      }),
    );
    this.bar.hidden = total === 0;
    replaceChildren(
      this.legend,
      counts.map((entry) =>
        el('li', { className: `legend-item status-${STATUS_CLASS[entry.status]}` }, [
          el('span', { className: 'legend-dot', attrs: { 'aria-hidden': 'true' } }),
          `${entry.status} `,
          el('strong', { text: String(entry.count) }),
        ]),
      ),
    );
    this.legend.hidden = counts.length === 0;
  }

  private async generate(): Promise<void> {
    const outcome = await this.runner.run(this.button, 'Generating…', this.status, () =>
      callServer('generateActionPlan', { focusSize: this.focusSize.value }),
    );
    if (outcome.status !== 'succeeded') return;
    const summary = outcome.reply;
    showStatus(this.status, {
      kind: 'success',
      title: generateSummaryTitle(summary),
      lines: generateSummaryLines(summary),
    });
    this.onPlan(summary.plan);
  }
}
