/**
 * The role section: where the requirements come from (a catalog role, optionally in its handbook
 * page's current wording, or any handbook job-family page), what the import will bring, the
 * "Import requirements" button and its result.
 */
import type { ImportSummary, PlanState, RoleOption } from '../../api/sheets';
import { el, uniqueId } from '../common/dom';
import { RolePicker } from '../common/rolePicker';
import { callServer } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import { importPreviewText, importSummaryLines, importSummaryTitle, requirementCountText } from './format';
import { hideCatalogOffer, showCatalogOffer } from './catalogOffer';
import { CATALOG_WORDING_BUTTON, handbookSummaryLines } from './handbookFormat';
import { HandbookImport } from './handbookImport';
import type { Runner } from './runner';

type Source = 'catalog' | 'handbook';

export class ImportSection {
  readonly element: HTMLElement;
  private readonly current: RolePicker;
  private readonly target: RolePicker;
  private readonly wording: HTMLInputElement;
  private readonly wordingField: HTMLElement;
  private readonly preview: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly offer: HTMLElement;
  private readonly catalogPanel: HTMLElement;
  private readonly handbook: HandbookImport;
  private readonly sourceRadios: Record<Source, HTMLInputElement>;
  /** Bumped on every selection change, so a late preview for an old selection is ignored. */
  private previewToken = 0;

  constructor(
    private readonly runner: Runner,
    private readonly onPlan: (plan: PlanState) => void,
  ) {
    this.current = new RolePicker({
      label: 'Current role',
      hint: '(optional)',
      placeholder: 'Search roles',
      noneLabel: 'No current role',
      onChange: () => {
        this.selectionChanged();
      },
    });
    this.target = new RolePicker({
      label: 'Target role',
      placeholder: 'Search roles',
      onChange: () => {
        this.selectionChanged();
      },
    });
    const wordingId = uniqueId('wording');
    this.wording = el('input', { id: wordingId, attrs: { type: 'checkbox' } });
    this.wording.addEventListener('change', () => {
      this.selectionChanged();
    });
    this.wordingField = el('div', { className: 'check-field' }, [
      this.wording,
      el('label', { attrs: { for: wordingId } }, [
        "Use the handbook's current wording",
        el('span', { className: 'field-hint', text: " (reads the role's handbook page now)" }),
      ]),
    ]);
    this.preview = el('p', { className: 'preview', attrs: { 'aria-live': 'polite', hidden: true } });
    this.button = actionButton('Import requirements', 'primary');
    this.button.addEventListener('click', () => void this.runImport());
    this.status = statusRegion();
    this.offer = el('div', { className: 'catalog-offer', attrs: { hidden: true } });
    this.catalogPanel = el('div', { className: 'source-panel' }, [
      this.current.element,
      this.target.element,
      this.wordingField,
      this.preview,
      el('div', { className: 'actions' }, [this.button]),
      this.status,
      this.offer,
    ]);
    this.handbook = new HandbookImport(runner, {
      importCatalogRole: (roleId) => this.importCatalogRole(roleId),
      onImported: (summary) => {
        this.onPlan(summary.plan);
      },
    });
    this.handbook.element.hidden = true;

    const sourceName = uniqueId('source');
    const radio = (value: Source, text: string) => {
      const id = uniqueId('source');
      const input = el('input', { id, attrs: { type: 'radio', name: sourceName, value } });
      input.addEventListener('change', () => {
        if (input.checked) this.showSource(value);
      });
      return {
        input,
        element: el('div', { className: 'source-option' }, [
          input,
          el('label', { attrs: { for: id }, text }),
        ]),
      };
    };
    const fromCatalog = radio('catalog', 'Catalog role');
    const fromHandbook = radio('handbook', 'Handbook page');
    fromCatalog.input.checked = true;
    this.sourceRadios = { catalog: fromCatalog.input, handbook: fromHandbook.input };
    const legendId = uniqueId('source-legend');

    this.element = el('section', { className: 'card', attrs: { 'aria-labelledby': 'roles-heading' } }, [
      el('h2', { id: 'roles-heading', className: 'card-title', text: 'Roles' }),
      el('p', {
        className: 'card-intro',
        text: 'Pick the role you want next. Its requirements are compared with your current role.',
      }),
      el('fieldset', { className: 'source-choice', attrs: { 'aria-labelledby': legendId } }, [
        el('legend', { id: legendId, className: 'field-label', text: 'Requirements from' }),
        el('div', { className: 'source-options' }, [fromCatalog.element, fromHandbook.element]),
      ]),
      this.catalogPanel,
      this.handbook.element,
    ]);
    this.updateButton();
  }

  /** Fills the pickers; preselects the plan's saved roles unless someone already picked others. */
  setRoles(roles: RoleOption[], plan: PlanState, keepSelection: boolean): void {
    const currentId = keepSelection ? (this.current.value?.id ?? null) : plan.currentRoleId;
    const targetId = keepSelection ? (this.target.value?.id ?? null) : plan.targetRoleId;
    this.current.setRoles(roles);
    this.target.setRoles(roles);
    this.current.setValue(currentId);
    this.target.setValue(targetId);
    if (!keepSelection && plan.handbook) {
      this.handbook.setAddress(plan.handbook.url);
      // A catalog target with handbook wording keeps its toggle; a pasted page reopens its tab.
      if (this.target.value) this.wording.checked = true;
      else this.selectSource('handbook');
    }
    this.selectionChanged();
  }

  /** While any action runs the pickers are locked; buttons stay focusable but inert. */
  setBusy(busy: boolean): void {
    this.current.setDisabled(busy);
    this.target.setDisabled(busy);
    this.wording.disabled = busy;
    this.button.setAttribute('aria-disabled', String(busy));
    this.sourceRadios.catalog.disabled = busy;
    this.sourceRadios.handbook.disabled = busy;
    this.handbook.setBusy(busy);
  }

  private selectSource(source: Source): void {
    this.sourceRadios[source].checked = true;
    this.showSource(source);
  }

  private showSource(source: Source): void {
    this.catalogPanel.hidden = source !== 'catalog';
    this.handbook.element.hidden = source !== 'handbook';
  }

  private updateButton(): void {
    this.button.disabled = !this.target.value;
    this.wordingField.hidden = !this.target.value;
  }

  private selectionChanged(): void {
    this.updateButton();
    this.hideOffer();
    void this.updatePreview();
  }

  private async updatePreview(): Promise<void> {
    const token = ++this.previewToken;
    const target = this.target.value;
    const current = this.current.value;
    if (!target) {
      this.preview.hidden = true;
      return;
    }
    this.preview.hidden = false;
    if (this.wording.checked) {
      // The page's wording is only known once it is read; the import reports the figures.
      this.preview.textContent = 'The requirements are read from the handbook page when you import.';
      return;
    }
    this.preview.textContent = requirementCountText(target.requirementCount);
    this.preview.classList.add('is-loading');
    const preview = await callServer('previewImport', {
      currentRoleId: current?.id ?? null,
      targetRoleId: target.id,
    });
    if (token !== this.previewToken) return;
    this.preview.classList.remove('is-loading');
    // On a failure the count from the role list stays; the import itself reports any real problem.
    if (preview.ok) this.preview.textContent = importPreviewText(preview, current !== null);
  }

  private async runImport(
    wording: 'catalog' | 'handbook' = this.wording.checked ? 'handbook' : 'catalog',
  ): Promise<void> {
    const target = this.target.value;
    if (!target) return;
    this.hideOffer();
    const request = { currentRoleId: this.current.value?.id ?? null, targetRoleId: target.id, wording };
    const outcome = await this.runner.run(this.button, 'Importing…', this.status, () =>
      callServer('importRoleRequirements', request),
    );
    if (outcome.status === 'succeeded') this.showSummary(outcome.reply);
    else if (outcome.status === 'failed' && outcome.failure.kind === 'handbook') this.showOffer();
  }

  private showSummary(summary: ImportSummary): void {
    showStatus(this.status, {
      kind: 'success',
      title: importSummaryTitle(summary),
      lines: [...importSummaryLines(summary), ...handbookSummaryLines(summary)],
    });
    this.onPlan(summary.plan);
  }

  /** After the handbook wording failed: the same role in the catalog's wording, one click away. */
  private showOffer(): void {
    showCatalogOffer(this.offer, CATALOG_WORDING_BUTTON, this.status, () => {
      this.wording.checked = false;
      void this.runImport('catalog');
    });
  }

  private hideOffer(): void {
    hideCatalogOffer(this.offer);
  }

  /** The handbook tab's way out: choose the offered catalog role here and import it. */
  private async importCatalogRole(roleId: string): Promise<void> {
    this.target.setValue(roleId);
    this.wording.checked = false;
    this.selectSource('catalog');
    this.selectionChanged();
    if (!this.target.value) return;
    await this.runImport('catalog');
    this.button.focus();
  }
}
