/**
 * The rating view's walk through the requirements, as DOM: who is rating, the requirement card
 * (area, text, the comparison of both ratings, the four ratings, evidence, previous and next), the
 * jump list and the save bar. Built once; the view paints it (./ratingView.ts), and every control
 * reports to the handlers it is given.
 */
import type { Rating } from '../../api/sheets';
import { el, replaceChildren, uniqueId } from '../common/dom';
import { actionButton, statusRegion } from '../common/status';
import { RatingGroup } from './ratingGroup';
import type { RatingDrafts } from './ratingDrafts';
import { comparisonText, positionText, ratedText, raterText, ratingLabel } from './ratingFormat';

/** How much of a requirement the jump list shows. */
const JUMP_CHARS = 48;

/** What the controls of the walk do, in the view's terms. */
export interface RatingWalkHandlers {
  changeRater(): void;
  rate(rating: Rating): void;
  editEvidence(): void;
  /** One requirement back (-1) or on (1). */
  move(step: number): void;
  goTo(index: number): void;
  save(): void;
}

/** The parts of the walk the view changes as it paints. */
export interface RatingWalk {
  walk: HTMLElement;
  raterLine: HTMLElement;
  changeRater: HTMLButtonElement;
  position: HTMLElement;
  area: HTMLElement;
  requirement: HTMLElement;
  comparison: HTMLElement;
  ratingGroup: RatingGroup;
  evidence: HTMLTextAreaElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  jump: HTMLSelectElement;
  unsaved: HTMLElement;
  saveButton: HTMLButtonElement;
  status: HTMLElement;
}

/** The walk, hidden until the view shows it; `conflicts` is the panel shown above the card. */
export function buildRatingWalk(conflicts: HTMLElement, on: RatingWalkHandlers): RatingWalk {
  const changeRater = actionButton('Change', 'link');
  changeRater.addEventListener('click', () => {
    on.changeRater();
  });
  const raterLine = el('span', { className: 'rater-text' });
  const position = el('p', { className: 'rating-position', attrs: { 'aria-live': 'polite' } });

  const requirementId = uniqueId('requirement-text');
  const area = el('p', { className: 'requirement-area' });
  const requirement = el('h2', {
    id: requirementId,
    className: 'requirement-text',
    attrs: { tabindex: -1 },
  });
  const comparison = el('p', { className: 'rating-comparison' });
  const ratingGroup = new RatingGroup((rating) => {
    on.rate(rating);
  });
  ratingGroup.describeBy(requirementId);
  const evidenceId = uniqueId('evidence');
  const evidence = el('textarea', {
    id: evidenceId,
    className: 'text-input evidence-input',
    attrs: { rows: 4, maxlength: 5000, spellcheck: 'true' },
    on: {
      input: () => {
        on.editEvidence();
      },
    },
  });
  const previous = actionButton('Previous', 'secondary');
  const next = actionButton('Next', 'secondary');
  previous.addEventListener('click', () => {
    on.move(-1);
  });
  next.addEventListener('click', () => {
    on.move(1);
  });
  const jumpId = uniqueId('jump');
  const jump = el('select', {
    id: jumpId,
    className: 'select-input',
    on: {
      change: () => {
        on.goTo(Number(jump.value));
      },
    },
  });

  const unsaved = el('p', { className: 'unsaved', attrs: { 'aria-live': 'polite' } });
  const saveButton = actionButton('Save ratings', 'primary');
  saveButton.addEventListener('click', () => {
    on.save();
  });
  const status = statusRegion();

  const walk = el('div', { className: 'rating-walk', attrs: { hidden: true } }, [
    el('p', { className: 'rater-line small muted' }, [raterLine, changeRater]),
    conflicts,
    el('article', { className: 'requirement-card' }, [
      position,
      area,
      requirement,
      comparison,
      ratingGroup.element,
      el('label', { className: 'field-label evidence-label', attrs: { for: evidenceId } }, [
        'Evidence ',
        el('span', { className: 'field-hint', text: '(shared with your manager)' }),
      ]),
      evidence,
      el('div', { className: 'walk-nav' }, [previous, next]),
    ]),
    el('div', { className: 'jump' }, [
      el('label', { className: 'field-label', text: 'Go to requirement', attrs: { for: jumpId } }),
      jump,
    ]),
    el('div', { className: 'save-bar' }, [
      el('div', { className: 'save-row' }, [unsaved, saveButton]),
      status,
    ]),
  ]);
  return {
    walk,
    raterLine,
    changeRater,
    position,
    area,
    requirement,
    comparison,
    ratingGroup,
    evidence,
    previous,
    next,
    jump,
    unsaved,
    saveButton,
    status,
  };
}

/** Paints the requirement at `index` with the edits; false when there is none there. */
export function paintWalk(ui: RatingWalk, drafts: RatingDrafts, index: number): boolean {
  const rows = drafts.rows;
  const row = rows[index];
  if (!row) return false;
  ui.raterLine.textContent = raterText(drafts.rater);
  ui.position.textContent = `${positionText(index, rows.length)} · ${ratedText(drafts.rated, rows.length)}`;
  ui.area.textContent = row.area;
  ui.area.hidden = row.area === '';
  ui.requirement.textContent = row.requirement;
  const values = drafts.values(row.key);
  ui.ratingGroup.setLabel(ratingLabel(drafts.rater));
  ui.ratingGroup.set(values.rating);
  if (ui.evidence.value !== values.evidence) ui.evidence.value = values.evidence;
  ui.previous.setAttribute('aria-disabled', String(index === 0));
  ui.next.setAttribute('aria-disabled', String(index === rows.length - 1));
  paintComparison(ui, drafts, index);
  paintJump(ui, drafts, index);
  return true;
}

/** Both ratings side by side: always for a manager, for a person once their manager rated. */
export function paintComparison(ui: RatingWalk, drafts: RatingDrafts, index: number): void {
  const row = drafts.rows[index];
  if (!row) return;
  const mine = drafts.values(row.key).rating;
  const self = drafts.rater === 'self' ? mine : row.self;
  const manager = drafts.rater === 'manager' ? mine : row.manager;
  const show = drafts.rater === 'manager' || manager !== null;
  ui.comparison.hidden = !show;
  ui.comparison.textContent = show ? comparisonText(self, manager) : '';
}

/** The jump list: every requirement, shortened, with its rating and whether it is unsaved. */
export function paintJump(ui: RatingWalk, drafts: RatingDrafts, index: number): void {
  replaceChildren(
    ui.jump,
    drafts.rows.map((row, i) => {
      const text =
        row.requirement.length > JUMP_CHARS
          ? `${row.requirement.slice(0, JUMP_CHARS - 1)}…`
          : row.requirement;
      const rating = drafts.values(row.key).rating;
      const mark = drafts.isChanged(row.key) ? ' (unsaved)' : '';
      return el('option', {
        text: `${i + 1}. ${text}${rating ? ` · ${rating}` : ''}${mark}`,
        attrs: { value: String(i), selected: i === index },
      });
    }),
  );
  ui.jump.value = String(index);
}
