/**
 * The sidebar as a whole: loads the planner state, lays out the sections and keeps them in step
 * with the latest plan the server returned.
 */
import type { PlanState, RoleOption } from '../../api/sheets';
import { el, replaceChildren } from '../common/dom';
import { callServer } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import { ActionsSection } from './actionsSection';
import { plural } from './format';
import { ImportSection } from './importSection';
import { ProgressView } from './progressView';
import { PlanFocusSection } from './planFocusSection';
import { RatingsSection } from './ratingsSection';
import { RatingView } from './ratingView';
import { Runner } from './runner';
import { SetupCard } from './setupCard';
import { ViewTabs } from './viewTabs';

export class Planner {
  private readonly runner: Runner;
  private readonly setup: SetupCard;
  private readonly importSection: ImportSection;
  private readonly ratings: RatingsSection;
  private readonly actions: ActionsSection;
  private readonly ratingView: RatingView;
  private readonly progressView: ProgressView;
  private tabs: ViewTabs | null = null;
  private readonly focus: PlanFocusSection;
  private loaded = false;

  constructor(private readonly root: HTMLElement) {
    this.runner = new Runner((busy) => {
      this.setBusy(busy);
    });
    const onPlan = (plan: PlanState) => {
      this.showPlan(plan);
    };
    this.setup = new SetupCard(this.runner, onPlan);
    this.importSection = new ImportSection(this.runner, onPlan);
    this.ratings = new RatingsSection();
    this.actions = new ActionsSection(this.runner, onPlan);
    this.focus = new PlanFocusSection(this.runner, onPlan);
    this.ratings.refreshButton.addEventListener('click', () => void this.refresh());
    this.ratingView = new RatingView(this.runner, {
      onPlan,
      onUnsaved: (count) => {
        this.tabs?.setBadge(
          'rate',
          count === 0 ? null : { mark: String(count), words: plural(count, 'unsaved change') },
        );
      },
      onShowPlan: () => {
        this.tabs?.show('plan', true);
      },
    });
    this.progressView = new ProgressView(this.runner, (due) => {
      this.tabs?.setBadge('progress', due ? { mark: '!', words: 'a check-in is due' } : null);
    });
    this.ratings.rateButton.addEventListener('click', () => {
      this.tabs?.show('rate');
      this.ratingView.focus();
    });
  }

  /** First load: a loading state, then the sections, or an error with "Try again". */
  async load(): Promise<void> {
    this.root.setAttribute('aria-busy', 'true');
    replaceChildren(this.root, [
      el('div', { className: 'loading', attrs: { role: 'status' } }, [
        el('span', { className: 'spinner spinner-dark', attrs: { 'aria-hidden': 'true' } }),
        'Loading your plan…',
      ]),
    ]);
    const state = await callServer('getPlannerState');
    this.root.removeAttribute('aria-busy');
    if (!state.ok) {
      const retry = actionButton('Try again', 'secondary');
      retry.addEventListener('click', () => void this.load());
      const status = statusRegion();
      replaceChildren(this.root, [
        el('section', { className: 'card' }, [status, el('div', { className: 'actions' }, [retry])]),
      ]);
      showStatus(status, { kind: 'error', title: state.message });
      retry.focus();
      return;
    }
    this.showState(state.roles, state.plan, false);
    const plan = el('div', {}, [
      this.setup.element,
      this.importSection.element,
      this.ratings.element,
      this.actions.element,
      this.focus.element,
    ]);
    this.tabs = new ViewTabs([
      { id: 'plan', label: 'Plan', panel: plan },
      {
        id: 'rate',
        label: 'Rate',
        panel: this.ratingView.element,
        onShow: () => {
          this.ratingView.onShow();
        },
      },
      {
        id: 'progress',
        label: 'Progress',
        panel: this.progressView.element,
        onShow: () => {
          this.progressView.onShow();
        },
      },
    ]);
    replaceChildren(this.root, [this.tabs.element]);
    this.loaded = true;
  }

  /** Re-reads the plan (ratings change in the sheet, not here), keeping the pickers' choices. */
  private async refresh(): Promise<void> {
    if (!this.loaded) return;
    const button = this.ratings.refreshButton;
    const outcome = await this.runner.run(button, 'Refreshing…', this.ratings.status, () =>
      callServer('getPlannerState'),
    );
    if (outcome.status === 'succeeded') this.showState(outcome.reply.roles, outcome.reply.plan, true);
  }

  private showState(roles: RoleOption[], plan: PlanState, keepSelection: boolean): void {
    this.importSection.setRoles(roles, plan, keepSelection);
    this.showPlan(plan);
  }

  private showPlan(plan: PlanState): void {
    this.setup.update(plan);
    this.ratings.update(plan.requirements, plan.isSetUp);
    this.actions.update(plan.actions, plan.isSetUp);
    this.actions.focusSize.set(plan.focusSize);
    this.focus.update(plan);
  }

  private setBusy(busy: boolean): void {
    this.setup.setBusy(busy);
    this.importSection.setBusy(busy);
    this.actions.setBusy(busy);
    this.ratingView.setBusy(busy);
    this.progressView.setBusy(busy);
    this.focus.setBusy(busy);
  }
}
