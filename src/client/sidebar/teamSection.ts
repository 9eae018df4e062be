/**
 * The team overview in a manager's workbook: where it stands and Refresh team overview, which reads
 * every growth plan the Team tab lists. Shown only in a workbook with a Team tab set up.
 */
import type { TeamStatus } from '../../api/team';
import { el } from '../common/dom';
import { callServer } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import type { Runner } from './runner';
import { statusOf, teamRefreshLines, teamStatusText } from './teamFormat';

export class TeamSection {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly summary: HTMLElement;
  private readonly status: HTMLElement;

  constructor(private readonly runner: Runner) {
    this.summary = el('p', { className: 'progress-text', attrs: { 'aria-live': 'polite' } });
    this.button = actionButton('Refresh team overview', 'secondary');
    this.button.addEventListener('click', () => void this.refresh());
    this.status = statusRegion();
    this.element = el(
      'section',
      { className: 'card card-team', attrs: { 'aria-labelledby': 'team-heading', hidden: true } },
      [
        el('h2', { id: 'team-heading', className: 'card-title', text: 'Team overview' }),
        this.summary,
        el('p', {
          className: 'card-intro',
          text: 'Reads each growth plan the Team tab lists, without changing it, and fills in the figures beside each person and the gaps people share.',
        }),
        el('div', { className: 'actions' }, [this.button]),
        this.status,
      ],
    );
  }

  /** Hidden without a team overview; else says where it stands. */
  update(team: TeamStatus | null): void {
    this.element.hidden = team === null;
    if (team) this.summary.textContent = teamStatusText(team);
  }

  setBusy(busy: boolean): void {
    this.button.setAttribute('aria-disabled', String(busy));
  }

  private async refresh(): Promise<void> {
    const outcome = await this.runner.run(this.button, 'Refreshing…', this.status, () =>
      callServer('refreshTeamOverview'),
    );
    if (outcome.status !== 'succeeded') return;
    const reply = outcome.reply;
    this.update(statusOf(reply));
    showStatus(this.status, {
      kind: 'success',
      title: 'Team overview refreshed',
      lines: teamRefreshLines(reply),
    });
  }
}
