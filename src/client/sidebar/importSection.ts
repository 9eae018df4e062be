/**
 * The role section: the current and target role pickers, what the import will bring, the
 * "Import requirements" button and its result.
 */
import type { PlanState, RoleOption } from '../../sheets/api';
import { el } from '../shared/dom';
import { RolePicker } from '../shared/rolePicker';
import { callServer } from '../shared/server';
import { actionButton, showStatus, statusRegion } from '../shared/status';
import { importPreviewText, importSummaryLines, importSummaryTitle, requirementCountText } from './format';
import type { Runner } from './runner';

export class ImportSection {
  readonly element: HTMLElement;
  private readonly current: RolePicker;
  private readonly target: RolePicker;
  private readonly preview: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
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
      onChange: () => this.selectionChanged(),
    });
    this.target = new RolePicker({
      label: 'Target role',
      placeholder: 'Search roles',
      onChange: () => this.selectionChanged(),
    });
    this.preview = el('p', { className: 'preview', attrs: { 'aria-live': 'polite', hidden: true } });
    this.button = actionButton('Import requirements', 'primary');
    this.button.addEventListener('click', () => void this.runImport());
    this.status = statusRegion();
    this.element = el('section', { className: 'card', attrs: { 'aria-labelledby': 'roles-heading' } }, [
      el('h2', { id: 'roles-heading', className: 'card-title', text: 'Roles' }),
      el('p', {
        className: 'card-intro',
        text: 'Pick the role you want next. Its requirements are compared with your current role.',
      }),
      this.current.element,
      this.target.element,
      this.preview,
      el('div', { className: 'actions' }, [this.button]),
      this.status,
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
    this.selectionChanged();
  }

  /** While any action runs the pickers are locked; buttons stay focusable but inert. */
  setBusy(busy: boolean): void {
    this.current.setDisabled(busy);
    this.target.setDisabled(busy);
    this.button.setAttribute('aria-disabled', String(busy));
  }

  private updateButton(): void {
    this.button.disabled = !this.target.value;
  }

  private selectionChanged(): void {
    this.updateButton();
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
    this.preview.textContent = requirementCountText(target.requirementCount);
    this.preview.classList.add('is-loading');
    try {
      const preview = await callServer('previewImport', {
        currentRoleId: current?.id ?? null,
        targetRoleId: target.id,
      });
      if (token !== this.previewToken) return;
      this.preview.textContent = importPreviewText(preview, current !== null);
    } catch {
      // The count from the role list stays; the import itself reports any real problem.
    } finally {
      if (token === this.previewToken) this.preview.classList.remove('is-loading');
    }
  }

  private async runImport(): Promise<void> {
    const target = this.target.value;
    if (!target) return;
    const request = { currentRoleId: this.current.value?.id ?? null, targetRoleId: target.id };
    const summary = await this.runner.run(this.button, 'Importing…', this.status, () =>
      callServer('importRoleRequirements', request),
    );
    if (!summary) return;
    showStatus(this.status, {
      kind: 'success',
      title: importSummaryTitle(summary),
      lines: importSummaryLines(summary),
    });
    this.onPlan(summary.plan);
  }
}
