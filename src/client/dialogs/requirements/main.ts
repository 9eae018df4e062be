/**
 * Entry of the role-requirements dialog (bundled inline into RequirementsDialog.html): the same
 * role pickers as the sidebar, then "Insert table" → insertRoleRequirements.
 */
import { el } from '../../common/dom';
import { RolePicker } from '../../common/rolePicker';
import { existingBlockNote } from '../frame/blockNote';
import { DialogFrame } from '../frame/dialogFrame';
import { callDocs } from '../frame/docsServer';
import { requirementsPreview } from './preview';

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
    const request = { currentRoleId: current.value?.id ?? null, targetRoleId: targetRole.id };
    return (replaceEdited) =>
      callDocs('insertRoleRequirements', replaceEdited ? { ...request, replaceEdited: true } : request);
  },
});
frame.fields.append(current.element, target.element, preview);

function selectionChanged(): void {
  const text = requirementsPreview(target.value, current.value);
  preview.hidden = text === null;
  preview.textContent = text ?? '';
  frame.clearStatus();
  frame.setCanInsert(target.value !== null);
}

const root = document.getElementById('app');
if (root) {
  root.replaceChildren(frame.element);
  void frame.load(async () => {
    const state = await callDocs('getConversationState');
    if (!state.ok) return state;
    current.setRoles(state.roles);
    target.setRoles(state.roles);
    current.setValue(state.lastRoles?.currentRoleId ?? null);
    target.setValue(state.lastRoles?.targetRoleId ?? null);
    const note = existingBlockNote(state.blocks, 'requirements', 'a requirements table');
    frame.note.hidden = note === null;
    frame.note.textContent = note ?? '';
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
