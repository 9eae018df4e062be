/**
 * Entry of the role-requirements dialog (bundled inline into RequirementsDialog.html): the same
 * role pickers as the sidebar, then "Insert table" → insertRoleRequirements. With a growth plan
 * linked, its roles are preselected (a role only the plan holds, such as a handbook page's level,
 * is a choice of its own), and picking them inserts the plan's own rows.
 */
import type { PlanRolesResult } from '../../../api/docs';
import { el } from '../../common/dom';
import { RolePicker, type PinnedChoice } from '../../common/rolePicker';
import { existingBlockNote } from '../frame/blockNote';
import { DialogFrame } from '../frame/dialogFrame';
import { callDocs } from '../frame/docsServer';
import { picksPlan, planChoice, planPickProblem, planPreview } from './planChoices';
import { requirementsPreview } from './preview';

/** The linked plan's roles, once loaded (null: no plan linked, or none to offer). */
let plan: PlanRolesResult | null = null;

const current = new RolePicker({
  label: 'Current role',
  hint: '(optional)',
  placeholder: 'Search roles',
  noneLabel: 'No current role',
  onChange: () => {
    selectionChanged();
  },
});
const target = new RolePicker({
  label: 'Target role',
  placeholder: 'Search roles',
  onChange: () => {
    selectionChanged();
  },
});
const preview = el('p', { className: 'preview', attrs: { 'aria-live': 'polite', hidden: true } });

const frame = new DialogFrame({
  title: 'Insert role requirements',
  intro:
    'Pick the role you want next. Its requirements go into a table after the cursor, ready to rate together.',
  actionLabel: 'Insert table',
  busyLabel: 'Inserting…',
  setFieldsDisabled(disabled) {
    current.setDisabled(disabled);
    target.setDisabled(disabled);
  },
  prepare() {
    const targetRole = target.value;
    if (!targetRole) {
      frame.showError('Pick a target role first.');
      target.focus();
      return null;
    }
    const problem = planPickProblem(plan, targetRole.id, current.value?.id ?? null);
    if (problem) {
      // The preview already says it; the error takes its place rather than saying it twice.
      preview.hidden = true;
      frame.showError(problem);
      current.focus();
      return null;
    }
    const request = { currentRoleId: current.value?.id ?? null, targetRoleId: targetRole.id };
    return (replaceEdited) =>
      callDocs('insertRoleRequirements', replaceEdited ? { ...request, replaceEdited: true } : request);
  },
});
frame.fields.append(current.element, target.element, preview);

function selectionChanged(): void {
  const targetId = target.value?.id ?? null;
  const currentId = current.value?.id ?? null;
  const text =
    plan && picksPlan(plan, targetId, currentId)
      ? planPreview(plan)
      : (planPickProblem(plan, targetId, currentId) ?? requirementsPreview(target.value, current.value));
  preview.hidden = text === null;
  preview.textContent = text ?? '';
  frame.clearStatus();
  frame.setCanInsert(target.value !== null);
}

const root = document.getElementById('app');
if (root) {
  root.replaceChildren(frame.element);
  void frame.load(async () => {
    const [state, planReply] = await Promise.all([
      callDocs('getConversationState'),
      callDocs('getPlanRoles'),
    ]);
    if (!state.ok) return state;
    // The plan is a convenience: when it cannot be asked, the catalog's pickers still work.
    plan = planReply.ok ? planReply : null;
    const pinned = (which: 'current' | 'target'): PinnedChoice[] => {
      const choice = planChoice(plan, which);
      return choice ? [choice] : [];
    };
    current.setRoles(state.roles, pinned('current'));
    target.setRoles(state.roles, pinned('target'));
    const preselect = plan?.target
      ? { targetRoleId: plan.target.id, currentRoleId: plan.current?.id ?? null }
      : state.lastRoles;
    current.setValue(preselect?.currentRoleId ?? null);
    target.setValue(preselect?.targetRoleId ?? null);
    const planNote = plan?.target
      ? `Preselected: the roles of your growth plan${plan.planName ? ` "${plan.planName}"` : ''}.`
      : (plan?.note ??
        (planReply.ok ? null : 'The roles of a linked growth plan could not be read, so pick them here.'));
    const blockNote = existingBlockNote(state.blocks, 'requirements', 'a requirements table');
    const note = [planNote, blockNote].filter((line) => line !== null).join(' ');
    frame.note.hidden = note === '';
    frame.note.textContent = note;
    selectionChanged();
    // With roles remembered, Enter inserts straight away; otherwise start at the target picker.
    return {
      ok: true,
      focus: target.value
        ? () => {
            frame.focusInsertButton();
          }
        : () => {
            target.focus();
          },
    };
  });
}
