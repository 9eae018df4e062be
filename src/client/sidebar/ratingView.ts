/**
 * The rating view: walks through the target role's requirements one at a time (area, text, the
 * four ratings, evidence), keeps every edit until Save sends them in one batch, and when the sheet
 * changed meanwhile shows the conflicts and asks which values to keep.
 */
import type { PlanState, Rating } from '../../api/sheets';
import type { Rater, RatingConflict, RatingRow } from '../../api/tracker';
import { el, replaceChildren, uniqueId } from '../common/dom';
import { callServer, type ServerResult } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import { ConflictPanel, type ShownConflict } from './conflictPanel';
import { plural } from './format';
import { RaterChoice } from './raterChoice';
import { RatingDrafts } from './ratingDrafts';
import { RatingGroup } from './ratingGroup';
import {
  comparisonText,
  positionText,
  ratedText,
  raterText,
  ratingLabel,
  savedText,
  unsavedText,
} from './ratingFormat';
import type { Runner } from './runner';

const JUMP_CHARS = 48;

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
  private readonly walk: HTMLElement;
  private readonly raterLine: HTMLElement;
  private readonly changeRater: HTMLButtonElement;
  private readonly position: HTMLElement;
  private readonly conflicts: ConflictPanel;
  private readonly area: HTMLElement;
  private readonly requirement: HTMLElement;
  private readonly comparison: HTMLElement;
  private readonly ratingGroup: RatingGroup;
  private readonly evidence: HTMLTextAreaElement;
  private readonly previous: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly jump: HTMLSelectElement;
  private readonly unsaved: HTMLElement;
  private readonly saveButton: HTMLButtonElement;
  private readonly status: HTMLElement;
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
        this.changeRater.focus();
      },
    );
    this.choice.element.hidden = true;

    this.changeRater = actionButton('Change', 'link');
    this.changeRater.addEventListener('click', () => {
      this.askRater();
    });
    this.raterLine = el('span', { className: 'rater-text' });
    this.position = el('p', { className: 'rating-position', attrs: { 'aria-live': 'polite' } });
    this.conflicts = new ConflictPanel(
      () => void this.keepSheets(),
      () => void this.useMine(),
    );

    const requirementId = uniqueId('requirement-text');
    this.area = el('p', { className: 'requirement-area' });
    this.requirement = el('h2', {
      id: requirementId,
      className: 'requirement-text',
      attrs: { tabindex: -1 },
    });
    this.comparison = el('p', { className: 'rating-comparison' });
    this.ratingGroup = new RatingGroup((rating) => {
      this.rate(rating);
    });
    this.ratingGroup.describeBy(requirementId);
    const evidenceId = uniqueId('evidence');
    this.evidence = el('textarea', {
      id: evidenceId,
      className: 'text-input evidence-input',
      attrs: { rows: 4, maxlength: 5000, spellcheck: 'true' },
      on: {
        input: () => {
          this.editEvidence();
        },
      },
    });
    this.previous = actionButton('Previous', 'secondary');
    this.next = actionButton('Next', 'secondary');
    this.previous.addEventListener('click', () => {
      this.move(-1);
    });
    this.next.addEventListener('click', () => {
      this.move(1);
    });
    const jumpId = uniqueId('jump');
    this.jump = el('select', {
      id: jumpId,
      className: 'select-input',
      on: {
        change: () => {
          this.goTo(Number(this.jump.value));
        },
      },
    });

    this.unsaved = el('p', { className: 'unsaved', attrs: { 'aria-live': 'polite' } });
    this.saveButton = actionButton('Save ratings', 'primary');
    this.saveButton.addEventListener('click', () => void this.save(false));
    this.status = statusRegion();

    this.walk = el('div', { className: 'rating-walk', attrs: { hidden: true } }, [
      el('p', { className: 'rater-line small muted' }, [this.raterLine, this.changeRater]),
      this.conflicts.element,
      el('article', { className: 'requirement-card' }, [
        this.position,
        this.area,
        this.requirement,
        this.comparison,
        this.ratingGroup.element,
        el('label', { className: 'field-label evidence-label', attrs: { for: evidenceId } }, [
          'Evidence ',
          el('span', { className: 'field-hint', text: '(shared with your manager)' }),
        ]),
        this.evidence,
        el('div', { className: 'walk-nav' }, [this.previous, this.next]),
      ]),
      el('div', { className: 'jump' }, [
        el('label', { className: 'field-label', text: 'Go to requirement', attrs: { for: jumpId } }),
        this.jump,
      ]),
      el('div', { className: 'save-bar' }, [
        el('div', { className: 'save-row' }, [this.unsaved, this.saveButton]),
        this.status,
      ]),
    ]);
    this.element = el(
      'section',
      { className: 'rating-view', attrs: { 'aria-label': 'Rate requirements', tabindex: -1 } },
      [this.message, this.messageActions, this.choice.element, this.walk],
    );
  }

  /** Each time the view is shown: the first time it loads; later it reloads while nothing is unsaved. */
  onShow(): void {
    if (!this.loaded || (this.drafts?.count ?? 0) === 0) void this.load();
  }

  /** Puts the keyboard where rating goes on: the ratings, the question who rates, or the view. */
  focus(): void {
    if (!this.walk.hidden) this.ratingGroup.focus();
    else if (!this.choice.element.hidden) this.choice.focus();
    else if (this.loading) this.focusWhenReady = true;
    else this.element.focus();
  }

  get unsavedCount(): number {
    return this.drafts?.count ?? 0;
  }

  setBusy(busy: boolean): void {
    this.saveButton.setAttribute('aria-disabled', String(busy || this.unsavedCount === 0));
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
      this.walk.hidden = true;
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
      showStatus(this.status, {
        kind: 'info',
        title: 'Save your changes first: they go into the column of whoever is rating now.',
      });
      return;
    }
    this.walk.hidden = true;
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
    this.ratingGroup.focus();
  }

  private showWalk(): void {
    this.choice.element.hidden = true;
    this.walk.hidden = false;
    this.render();
  }

  /** Paints the requirement at `index` and everything that depends on the edits. */
  private render(): void {
    const drafts = this.drafts;
    if (!drafts) return;
    const rows = drafts.rows;
    const row = rows[this.index];
    if (!row) return;
    this.raterLine.textContent = raterText(drafts.rater);
    this.position.textContent = `${positionText(this.index, rows.length)} · ${ratedText(drafts.rated, rows.length)}`;
    this.area.textContent = row.area;
    this.area.hidden = row.area === '';
    this.requirement.textContent = row.requirement;
    const values = drafts.values(row.key);
    this.ratingGroup.setLabel(ratingLabel(drafts.rater));
    this.ratingGroup.set(values.rating);
    if (this.evidence.value !== values.evidence) this.evidence.value = values.evidence;
    this.previous.setAttribute('aria-disabled', String(this.index === 0));
    this.next.setAttribute('aria-disabled', String(this.index === rows.length - 1));
    this.renderComparison();
    this.renderJump();
    this.renderUnsaved();
  }

  /** Both ratings side by side: always for a manager, for a person once their manager rated. */
  private renderComparison(): void {
    const drafts = this.drafts;
    const row = drafts?.rows[this.index];
    if (!drafts || !row) return;
    const mine = drafts.values(row.key).rating;
    const self = drafts.rater === 'self' ? mine : row.self;
    const manager = drafts.rater === 'manager' ? mine : row.manager;
    const show = drafts.rater === 'manager' || manager !== null;
    this.comparison.hidden = !show;
    this.comparison.textContent = show ? comparisonText(self, manager) : '';
  }

  private renderJump(): void {
    const drafts = this.drafts;
    if (!drafts) return;
    replaceChildren(
      this.jump,
      drafts.rows.map((row, i) => {
        const text =
          row.requirement.length > JUMP_CHARS
            ? `${row.requirement.slice(0, JUMP_CHARS - 1)}…`
            : row.requirement;
        const rating = drafts.values(row.key).rating;
        const mark = drafts.isChanged(row.key) ? ' (unsaved)' : '';
        return el('option', {
          text: `${i + 1}. ${text}${rating ? ` · ${rating}` : ''}${mark}`,
          attrs: { value: String(i), selected: i === this.index },
        });
      }),
    );
    this.jump.value = String(this.index);
  }

  private renderUnsaved(): void {
    const count = this.unsavedCount;
    this.unsaved.textContent = unsavedText(count);
    this.saveButton.setAttribute('aria-disabled', String(this.runner.busy || count === 0));
    this.hooks.onUnsaved(count);
  }

  private current(): RatingRow | undefined {
    return this.drafts?.rows[this.index];
  }

  private rate(rating: Rating): void {
    const row = this.current();
    if (!row || !this.drafts) return;
    this.drafts.setRating(row.key, rating);
    this.position.textContent = `${positionText(this.index, this.drafts.rows.length)} · ${ratedText(this.drafts.rated, this.drafts.rows.length)}`;
    this.renderComparison();
    this.renderJump();
    this.renderUnsaved();
  }

  private editEvidence(): void {
    const row = this.current();
    if (!row || !this.drafts) return;
    const before = this.drafts.isChanged(row.key);
    this.drafts.setEvidence(row.key, this.evidence.value);
    if (before !== this.drafts.isChanged(row.key)) this.renderJump();
    this.renderUnsaved();
  }

  private move(step: number): void {
    const target = this.index + step;
    if (!this.drafts || target < 0 || target >= this.drafts.rows.length) return;
    this.goTo(target);
    // The next thing to do on a new requirement is to rate it.
    this.ratingGroup.focus();
  }

  private goTo(index: number): void {
    if (!this.drafts || !Number.isInteger(index) || index < 0 || index >= this.drafts.rows.length) return;
    this.index = index;
    this.render();
  }

  /** Saves every unsaved edit in one call; `overwrite` after the person chose their values over the sheet's. */
  private async save(overwrite: boolean, button = this.saveButton): Promise<void> {
    const drafts = this.drafts;
    if (!drafts) return;
    const changes = drafts.changes();
    if (changes.length === 0) {
      showStatus(this.status, {
        kind: 'info',
        title: 'Nothing to save: rate a requirement or edit its evidence first.',
      });
      return;
    }
    const rater = drafts.rater;
    const outcome = await this.runner.run(button, 'Saving…', this.status, () =>
      callServer('saveRatings', { rater, changes, overwrite }),
    );
    if (outcome.status === 'succeeded') {
      this.conflicts.hide();
      this.pending = null;
      const shown = this.current()?.key;
      drafts.saved(outcome.reply.rows, changes);
      this.keepPosition(shown);
      showStatus(this.status, { kind: 'success', title: savedText(outcome.reply.saved) });
      this.hooks.onPlan(outcome.reply.plan);
      this.render();
      return;
    }
    if (outcome.status === 'failed' && outcome.failure.kind === 'conflict') {
      showStatus(this.status, null);
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
    showStatus(this.status, { kind: 'info', title: `Kept the sheet's values of ${kept}` });
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
        showStatus(this.status, {
          kind: 'info',
          title: `Saved; ${plural(gone.length, 'change')} to requirements no longer in the sheet could not be saved`,
        });
      }
      this.focusAfterConflict();
    }
  }

  private focusAfterConflict(): void {
    this.status.tabIndex = -1;
    if (!this.status.hidden) this.status.focus();
    else this.ratingGroup.focus();
  }
}
