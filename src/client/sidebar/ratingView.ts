/**
 * The rating view: walks through the target role's requirements one at a time (area, text, the
 * four ratings, evidence), keeps every edit until Save sends them in one batch, and when the sheet
 * changed meanwhile shows the conflicts and asks which values to keep.
 */
import type { PlanState, Rating } from '../../api/sheets';
import type { Rater, RatingConflict, RatingRow } from '../../api/tracker';
import { el, replaceChildren } from '../common/dom';
import { callServer, type ServerResult } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import { ConflictPanel, type ShownConflict } from './conflictPanel';
import { plural } from './format';
import { RaterChoice } from './raterChoice';
import { buildRatingWalk, paintComparison, paintJump, paintWalk, type RatingWalk } from './ratingWalk';
import { RatingDrafts } from './ratingDrafts';
import { positionText, ratedText, savedText, unsavedText } from './ratingFormat';
import type { Runner } from './runner';

export interface RatingViewHooks {
  /** The plan as a save left it (the Plan view's counts). */
  onPlan(plan: PlanState): void;
  /** The number of unsaved edits changed. */
  onUnsaved(count: number): void;
  /** "Go to the Plan view", offered while there is nothing to rate. */
  onShowPlan(): void;
}

export class RatingView {
  readonly element: HTMLElement;
  private readonly message: HTMLElement;
  private readonly messageActions: HTMLElement;
  private readonly choice: RaterChoice;
  private readonly conflicts: ConflictPanel;
  /** The walk through the requirements, and the parts of it that change. */
  private readonly ui: RatingWalk;
  private drafts: RatingDrafts | null = null;
  private rows: RatingRow[] = [];
  private rater: Rater | null = null;
  private index = 0;
  private loaded = false;
  private loading = false;
  /** The view was asked for the keyboard while loading: give it once loaded. */
  private focusWhenReady = false;
  /** The conflicts on show, with the changes that met them. */
  private pending: { conflicts: RatingConflict[]; rows: RatingRow[] } | null = null;

  constructor(
    private readonly runner: Runner,
    private readonly hooks: RatingViewHooks,
  ) {
    this.message = statusRegion('rating-message');
    this.messageActions = el('div', { className: 'actions', attrs: { hidden: true } });
    this.choice = new RaterChoice(
      (rater, button) => void this.chooseRater(rater, button),
      () => {
        this.showWalk();
        this.ui.changeRater.focus();
      },
    );
    this.choice.element.hidden = true;

    this.conflicts = new ConflictPanel(
      () => void this.keepSheets(),
      () => void this.useMine(),
    );
    this.ui = buildRatingWalk(this.conflicts.element, {
      changeRater: () => {
        this.askRater();
      },
      rate: (rating) => {
        this.rate(rating);
      },
      editEvidence: () => {
        this.editEvidence();
      },
      move: (step) => {
        this.move(step);
      },
      goTo: (index) => {
        this.goTo(index);
      },
      save: () => void this.save(false),
    });
    this.element = el(
      'section',
      { className: 'rating-view', attrs: { 'aria-label': 'Rate requirements', tabindex: -1 } },
      [this.message, this.messageActions, this.choice.element, this.ui.walk],
    );
  }

  /** Each time the view is shown: the first time it loads; later it reloads while nothing is unsaved. */
  onShow(): void {
    if (!this.loaded || (this.drafts?.count ?? 0) === 0) void this.load();
  }

  /** Puts the keyboard where rating goes on: the ratings, the question who rates, or the view. */
  focus(): void {
    if (!this.ui.walk.hidden) this.ui.ratingGroup.focus();
    else if (!this.choice.element.hidden) this.choice.focus();
    else if (this.loading) this.focusWhenReady = true;
    else this.element.focus();
  }

  get unsavedCount(): number {
    return this.drafts?.count ?? 0;
  }

  setBusy(busy: boolean): void {
    this.ui.saveButton.setAttribute('aria-disabled', String(busy || this.unsavedCount === 0));
    this.conflicts.setBusy(busy);
  }

  private async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    if (!this.loaded) {
      this.element.setAttribute('aria-busy', 'true');
      showStatus(this.message, { kind: 'info', title: 'Loading the requirements…' });
    }
    const reply = await callServer('getRatings');
    this.loading = false;
    this.element.removeAttribute('aria-busy');
    const focus = this.focusWhenReady;
    this.focusWhenReady = false;
    try {
      this.takeRatings(reply);
    } finally {
      if (focus) this.focus();
    }
  }

  private takeRatings(reply: ServerResult<'getRatings'>): void {
    if (!reply.ok) {
      showStatus(this.message, { kind: 'error', title: reply.message });
      this.offer('Try again', () => void this.load());
      return;
    }
    // Edits made while the rows were loading win: the rows are only taken when nothing is unsaved.
    if ((this.drafts?.count ?? 0) > 0) return;
    this.loaded = true;
    this.rows = reply.rows;
    this.rater = reply.rater;
    if (reply.rows.length === 0) {
      this.ui.walk.hidden = true;
      this.choice.element.hidden = true;
      showStatus(this.message, {
        kind: 'info',
        title: 'Nothing to rate yet',
        lines: ["Import your target role's requirements first; then rate them here, one at a time."],
      });
      this.offer('Go to Plan', () => {
        this.hooks.onShowPlan();
      });
      return;
    }
    this.clearMessage();
    if (reply.rater === null) {
      // Asked as the view opens: the keyboard stays where the person is (on the tab, say).
      this.askRater(false);
      return;
    }
    this.drafts = new RatingDrafts(reply.rows, reply.rater);
    this.index = Math.min(this.index, reply.rows.length - 1);
    this.showWalk();
  }

  private offer(label: string, action: () => void): void {
    const button = actionButton(label, 'secondary');
    button.addEventListener('click', action);
    replaceChildren(this.messageActions, [button]);
    this.messageActions.hidden = false;
  }

  private clearMessage(): void {
    showStatus(this.message, null);
    this.messageActions.hidden = true;
  }

  private askRater(focus = true): void {
    if (this.unsavedCount > 0) {
      showStatus(this.ui.status, {
        kind: 'info',
        title: 'Save your changes first: they go into the column of whoever is rating now.',
      });
      return;
    }
    this.ui.walk.hidden = true;
    this.choice.open(this.rater);
    if (focus) this.choice.focus();
  }

  private async chooseRater(rater: Rater, button: HTMLButtonElement): Promise<void> {
    const outcome = await this.runner.run(button, 'Saving…', this.message, () =>
      callServer('setRater', { rater }),
    );
    if (outcome.status !== 'succeeded') return;
    this.rater = rater;
    if (this.drafts) this.drafts.setRater(rater);
    else this.drafts = new RatingDrafts(this.rows, rater);
    this.showWalk();
    this.ui.ratingGroup.focus();
  }

  private showWalk(): void {
    this.choice.element.hidden = true;
    this.ui.walk.hidden = false;
    this.render();
  }

  /** Paints the requirement at `index` and everything that depends on the edits. */
  private render(): void {
    if (!this.drafts || !paintWalk(this.ui, this.drafts, this.index)) return;
    this.renderUnsaved();
  }

  private renderUnsaved(): void {
    const count = this.unsavedCount;
    this.ui.unsaved.textContent = unsavedText(count);
    this.ui.saveButton.setAttribute('aria-disabled', String(this.runner.busy || count === 0));
    this.hooks.onUnsaved(count);
  }

  private current(): RatingRow | undefined {
    return this.drafts?.rows[this.index];
  }

  private rate(rating: Rating): void {
    const row = this.current();
    if (!row || !this.drafts) return;
    this.drafts.setRating(row.key, rating);
    this.ui.position.textContent = `${positionText(this.index, this.drafts.rows.length)} · ${ratedText(this.drafts.rated, this.drafts.rows.length)}`;
    paintComparison(this.ui, this.drafts, this.index);
    paintJump(this.ui, this.drafts, this.index);
    this.renderUnsaved();
  }

  private editEvidence(): void {
    const row = this.current();
    if (!row || !this.drafts) return;
    const before = this.drafts.isChanged(row.key);
    this.drafts.setEvidence(row.key, this.ui.evidence.value);
    if (before !== this.drafts.isChanged(row.key)) paintJump(this.ui, this.drafts, this.index);
    this.renderUnsaved();
  }

  private move(step: number): void {
    const target = this.index + step;
    if (!this.drafts || target < 0 || target >= this.drafts.rows.length) return;
    this.goTo(target);
    // The next thing to do on a new requirement is to rate it.
    this.ui.ratingGroup.focus();
  }

  private goTo(index: number): void {
    if (!this.drafts || !Number.isInteger(index) || index < 0 || index >= this.drafts.rows.length) return;
    this.index = index;
    this.render();
  }

  /** Saves every unsaved edit in one call; `overwrite` after the person chose their values over the sheet's. */
  private async save(overwrite: boolean, button = this.ui.saveButton): Promise<void> {
    const drafts = this.drafts;
    if (!drafts) return;
    const changes = drafts.changes();
    if (changes.length === 0) {
      showStatus(this.ui.status, {
        kind: 'info',
        title: 'Nothing to save: rate a requirement or edit its evidence first.',
      });
      return;
    }
    const rater = drafts.rater;
    const outcome = await this.runner.run(button, 'Saving…', this.ui.status, () =>
      callServer('saveRatings', { rater, changes, overwrite }),
    );
    if (outcome.status === 'succeeded') {
      this.conflicts.hide();
      this.pending = null;
      const shown = this.current()?.key;
      drafts.saved(outcome.reply.rows, changes);
      this.keepPosition(shown);
      showStatus(this.ui.status, { kind: 'success', title: savedText(outcome.reply.saved) });
      this.hooks.onPlan(outcome.reply.plan);
      this.render();
      return;
    }
    if (outcome.status === 'failed' && outcome.failure.kind === 'conflict') {
      showStatus(this.ui.status, null);
      this.showConflicts(outcome.failure.conflicts, outcome.failure.rows);
    }
  }

  /** After new rows arrive, stay on the requirement that was shown (`key`), or near where it was. */
  private keepPosition(key: string | undefined): void {
    const drafts = this.drafts;
    if (!drafts) return;
    const found = key === undefined ? -1 : drafts.rows.findIndex((r) => r.key === key);
    this.index = found >= 0 ? found : Math.min(this.index, Math.max(0, drafts.rows.length - 1));
  }

  private showConflicts(conflicts: RatingConflict[], rows: RatingRow[]): void {
    const drafts = this.drafts;
    if (!drafts) return;
    this.pending = { conflicts, rows };
    const now = new Map(rows.map((r) => [r.key, r]));
    const shown: ShownConflict[] = conflicts.map((conflict) => ({
      conflict,
      before: drafts.row(conflict.key),
      now: now.get(conflict.key),
    }));
    this.conflicts.show(shown);
  }

  /** "Keep the sheet's": those rows reload; the other edits are saved as they are. */
  private async keepSheets(): Promise<void> {
    const drafts = this.drafts;
    const pending = this.pending;
    if (!drafts || !pending || this.runner.busy) return;
    const shown = this.current()?.key;
    drafts.keepSheets(
      pending.conflicts.map((c) => c.key),
      pending.rows,
    );
    this.keepPosition(shown);
    this.pending = null;
    this.conflicts.hide();
    const kept = plural(pending.conflicts.length, 'requirement');
    if (drafts.count > 0) {
      this.render();
      await this.save(false);
      if (!this.conflicts.shown) this.focusAfterConflict();
      return;
    }
    showStatus(this.ui.status, { kind: 'info', title: `Kept the sheet's values of ${kept}` });
    this.render();
    this.focusAfterConflict();
  }

  /** "Use mine": the edits go over the sheet's values, except where a row is gone. */
  private async useMine(): Promise<void> {
    const drafts = this.drafts;
    const pending = this.pending;
    if (!drafts || !pending || this.runner.busy) return;
    const shown = this.current()?.key;
    const gone = drafts.replaceRows(pending.rows);
    this.keepPosition(shown);
    this.render();
    await this.save(true, this.conflicts.useMine);
    if (!this.conflicts.shown) {
      if (gone.length > 0) {
        showStatus(this.ui.status, {
          kind: 'info',
          title: `Saved; ${plural(gone.length, 'change')} to requirements no longer in the sheet could not be saved`,
        });
      }
      this.focusAfterConflict();
    }
  }

  private focusAfterConflict(): void {
    this.ui.status.tabIndex = -1;
    if (!this.ui.status.hidden) this.ui.status.focus();
    else this.ui.ratingGroup.focus();
  }
}
