/**
 * Import from a pasted handbook job-family page: paste the address, look it up, choose the target
 * level (and optionally the current one), import. Failures show the server's message and, where
 * the catalog has the role, a button to import the catalog role instead.
 */
import type { HandbookFailure, HandbookFamily, HandbookLevelOption, ImportSummary } from '../../api/sheets';
import { el, replaceChildren, uniqueId } from '../common/dom';
import { callServer } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import { importSummaryLines, importSummaryTitle } from './format';
import { hideCatalogOffer, showCatalogOffer } from './catalogOffer';
import {
  CATALOG_OFFER_BUTTON,
  canImportLevel,
  EMPTY_LEVEL_NOTE,
  handbookPreviewText,
  handbookSummaryLines,
  levelLabel,
  noImportableLevelLine,
} from './handbookFormat';
import type { Runner } from './runner';

export interface HandbookImportHooks {
  /** Imports a catalog role the way the catalog section would (its current role included). */
  importCatalogRole(roleId: string): Promise<void>;
  onImported(summary: ImportSummary): void;
}

export class HandbookImport {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly lookupButton: HTMLButtonElement;
  private readonly lookupStatus: HTMLElement;
  private readonly levelsArea: HTMLElement;
  private readonly importButton: HTMLButtonElement;
  private readonly preview: HTMLElement;
  private readonly status: HTMLElement;
  private readonly offer: HTMLElement;
  private family: HandbookFamily | null = null;
  private targetSlug: string | null = null;
  private currentSelect: HTMLSelectElement | null = null;
  /** The target-level radios of the levels that can be imported (the others stay disabled). */
  private importableRadios: HTMLInputElement[] = [];

  constructor(
    private readonly runner: Runner,
    private readonly hooks: HandbookImportHooks,
  ) {
    const inputId = uniqueId('handbook-url');
    const hintId = uniqueId('handbook-hint');
    this.input = el('input', {
      id: inputId,
      className: 'text-input',
      attrs: {
        type: 'url',
        inputmode: 'url',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': hintId,
        placeholder: 'handbook.gitlab.com/job-families/…',
      },
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.lookUp();
      }
    });
    this.input.addEventListener('input', () => {
      this.updateButtons();
    });
    this.lookupButton = actionButton('Look up', 'secondary');
    this.lookupButton.addEventListener('click', () => void this.lookUp());
    this.lookupStatus = statusRegion();
    this.levelsArea = el('div', { className: 'handbook-levels', attrs: { hidden: true } });
    this.preview = el('p', { className: 'preview', attrs: { 'aria-live': 'polite', hidden: true } });
    this.importButton = actionButton('Import requirements', 'primary');
    this.importButton.addEventListener('click', () => void this.runImport());
    this.status = statusRegion();
    this.offer = el('div', { className: 'catalog-offer', attrs: { hidden: true } });

    this.element = el('div', { className: 'handbook-import' }, [
      el('label', { className: 'field-label', attrs: { for: inputId }, text: 'Handbook job-family page' }),
      el('p', {
        id: hintId,
        className: 'field-help',
        text: 'Paste the address of any GitLab job-family page, then look it up to see its levels.',
      }),
      el('div', { className: 'inline-field' }, [this.input, this.lookupButton]),
      this.lookupStatus,
      this.levelsArea,
      this.preview,
      el('div', { className: 'actions' }, [this.importButton]),
      this.status,
      this.offer,
    ]);
    this.updateButtons();
  }

  /** Fills the address from the plan (the page of the last handbook import), unless one was typed. */
  setAddress(url: string): void {
    if (this.input.value.trim() === '') this.input.value = url;
    this.updateButtons();
  }

  setBusy(busy: boolean): void {
    this.input.readOnly = busy;
    this.lookupButton.setAttribute('aria-disabled', String(busy));
    this.importButton.setAttribute('aria-disabled', String(busy));
    this.currentSelect?.toggleAttribute('disabled', busy);
    for (const radio of this.importableRadios) radio.disabled = busy;
  }

  private updateButtons(): void {
    this.lookupButton.disabled = this.input.value.trim() === '';
    const target = this.level(this.targetSlug);
    this.importButton.disabled = !target || !canImportLevel(target);
  }

  private async lookUp(): Promise<void> {
    const url = this.input.value.trim();
    if (!url) return;
    this.clearResult();
    const outcome = await this.runner.run(this.lookupButton, 'Looking up…', this.lookupStatus, () =>
      callServer('getHandbookFamily', { url }),
    );
    if (outcome.status === 'failed' && outcome.failure.kind === 'handbook')
      this.offerCatalogRole(outcome.failure, this.lookupStatus);
    if (outcome.status !== 'succeeded') return;
    const result = outcome.reply;
    this.family = result;
    const importable = result.levels.filter(canImportLevel);
    const [onlyLevel, ...otherLevels] = importable;
    // The level the address names, else the only one there is to import; never an empty one.
    this.targetSlug = result.suggestedLevel
      ? (importable.find((level) => level.slug === result.suggestedLevel)?.slug ?? null)
      : onlyLevel && otherLevels.length === 0
        ? onlyLevel.slug
        : null;
    this.renderLevels(result);
    const noLevel = noImportableLevelLine(result.levels);
    showStatus(this.lookupStatus, {
      kind: 'info',
      title: `${result.title}: ${result.levels.length === 1 ? '1 level' : `${result.levels.length} levels`}`,
      lines: noLevel ? [noLevel] : [],
    });
    this.updatePreview();
    this.updateButtons();
    const first =
      this.levelsArea.querySelector<HTMLInputElement>('input[type=radio]:checked') ??
      this.importableRadios[0];
    first?.focus();
  }

  private clearResult(): void {
    this.family = null;
    this.targetSlug = null;
    this.currentSelect = null;
    this.importableRadios = [];
    replaceChildren(this.levelsArea, []);
    this.levelsArea.hidden = true;
    this.preview.hidden = true;
    showStatus(this.status, null);
    this.hideOffer();
    this.updateButtons();
  }

  private renderLevels(family: HandbookFamily): void {
    const name = uniqueId('handbook-target');
    const legendId = uniqueId('handbook-legend');
    this.importableRadios = [];
    const radios = family.levels.map((level) => {
      const id = uniqueId('handbook-level');
      const radio = el('input', { id, attrs: { type: 'radio', name, value: level.slug } });
      radio.checked = level.slug === this.targetSlug;
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        this.targetSlug = level.slug;
        this.updatePreview();
        this.updateButtons();
      });
      const label = el('label', { attrs: { for: id }, text: levelLabel(level) });
      if (canImportLevel(level)) {
        this.importableRadios.push(radio);
        return el('div', { className: 'level-option' }, [radio, label]);
      }
      // Listed, so the page reads as it is, but not selectable: there is nothing to import.
      const noteId = uniqueId('handbook-level-note');
      radio.disabled = true;
      radio.setAttribute('aria-describedby', noteId);
      return el('div', { className: 'level-option is-empty' }, [
        radio,
        el('div', {}, [label, el('p', { id: noteId, className: 'level-note', text: EMPTY_LEVEL_NOTE })]),
      ]);
    });
    const selectId = uniqueId('handbook-current');
    const select = el('select', { id: selectId, className: 'select-input' }, [
      el('option', { attrs: { value: '' }, text: 'No current level' }),
      ...family.levels.map((level) =>
        el('option', { attrs: { value: level.slug }, text: levelLabel(level) }),
      ),
    ]);
    select.addEventListener('change', () => {
      this.updatePreview();
    });
    this.currentSelect = select;
    replaceChildren(this.levelsArea, [
      el('fieldset', { className: 'level-list', attrs: { 'aria-labelledby': legendId } }, [
        el('legend', { id: legendId, className: 'field-label', text: 'Target level' }),
        ...radios,
      ]),
      el('label', { className: 'field-label', attrs: { for: selectId } }, [
        'Current level',
        el('span', { className: 'field-hint', text: ' (optional)' }),
      ]),
      select,
    ]);
    this.levelsArea.hidden = false;
  }

  private level(slug: string | null): HandbookLevelOption | null {
    return this.family?.levels.find((level) => level.slug === slug) ?? null;
  }

  private updatePreview(): void {
    const target = this.level(this.targetSlug);
    if (!target) {
      this.preview.hidden = true;
      return;
    }
    this.preview.textContent = handbookPreviewText(target, this.level(this.currentSelect?.value || null));
    this.preview.hidden = false;
  }

  private async runImport(): Promise<void> {
    const family = this.family;
    const targetLevel = this.targetSlug;
    if (!family || !targetLevel) return;
    this.hideOffer();
    const request = { url: family.url, targetLevel, currentLevel: this.currentSelect?.value || null };
    const outcome = await this.runner.run(this.importButton, 'Importing…', this.status, () =>
      callServer('importHandbookRequirements', request),
    );
    if (outcome.status === 'failed' && outcome.failure.kind === 'handbook')
      this.offerCatalogRole(outcome.failure, this.status);
    if (outcome.status !== 'succeeded') return;
    const result = outcome.reply;
    showStatus(this.status, {
      kind: 'success',
      title: importSummaryTitle(result),
      lines: [...importSummaryLines(result), ...handbookSummaryLines(result)],
    });
    this.hooks.onImported(result);
  }

  /** Below the failure's message (the runner showed it, naming the role): the catalog role, when there is one. */
  private offerCatalogRole(failure: Pick<HandbookFailure, 'catalogRole'>, message: HTMLElement): void {
    const offered = failure.catalogRole;
    if (offered)
      showCatalogOffer(
        this.offer,
        CATALOG_OFFER_BUTTON,
        message,
        () => void this.hooks.importCatalogRole(offered.roleId),
      );
  }

  private hideOffer(): void {
    hideCatalogOffer(this.offer);
  }
}
