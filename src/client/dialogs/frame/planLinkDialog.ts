/**
 * A dialog that inserts a section from the growth plan: the plan's link, prefilled with the one the
 * document remembers and checked before it is sent with the very rule the server applies
 * (src/core), then the insert button. The action-plan and since-last dialogs are this page with
 * their own words and endpoint.
 */
import type { ActionPlanRequest, BlockKind } from '../../../api/docs';
import { el, uniqueId } from '../../common/dom';
import { existingBlockNote } from './blockNote';
import { DialogFrame, type InsertOutcome } from './dialogFrame';
import { callDocs } from './docsServer';
import { checkSpreadsheetUrl } from '../../../core/conversation/spreadsheetUrl';

export interface PlanLinkDialogOptions {
  title: string;
  intro: string;
  actionLabel: string;
  /** The kind of block the dialog inserts, and how its note names one already in the document. */
  kind: BlockKind;
  what: string;
  /** Calls the insert endpoint. */
  insert(request: ActionPlanRequest): Promise<InsertOutcome>;
}

/** Builds the dialog into #app and loads it. */
export function startPlanLinkDialog(options: PlanLinkDialogOptions): void {
  const inputId = uniqueId('plan-url');
  const hintId = uniqueId('plan-url-hint');
  const errorId = uniqueId('plan-url-error');
  const input = el('input', {
    id: inputId,
    className: 'text-input',
    attrs: {
      type: 'url',
      inputmode: 'url',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'docs.google.com/spreadsheets/d/…',
      'aria-describedby': `${hintId} ${errorId}`,
    },
  });
  const fieldError = el('p', { id: errorId, className: 'field-error', attrs: { hidden: true } });
  const field = el('div', { className: 'field' }, [
    el('label', { className: 'field-label', text: 'Growth plan spreadsheet', attrs: { for: inputId } }),
    input,
    el('p', {
      id: hintId,
      className: 'field-help',
      text: 'The link of your growth plan spreadsheet. The document remembers it for next time.',
    }),
    fieldError,
  ]);

  function showFieldError(message: string | null): void {
    fieldError.hidden = message === null;
    fieldError.textContent = message ?? '';
    if (message === null) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }

  const frame = new DialogFrame({
    title: options.title,
    intro: options.intro,
    actionLabel: options.actionLabel,
    busyLabel: 'Inserting…',
    setFieldsDisabled(disabled) {
      input.readOnly = disabled;
      input.classList.toggle('is-disabled', disabled);
    },
    prepare() {
      const check = checkSpreadsheetUrl(input.value);
      if (!check.ok) {
        showFieldError(check.message);
        input.focus();
        return null;
      }
      showFieldError(null);
      return (replaceEdited) =>
        options.insert(
          replaceEdited ? { spreadsheetUrl: check.url, replaceEdited: true } : { spreadsheetUrl: check.url },
        );
    },
  });
  frame.fields.append(field);
  frame.setCanInsert(true);

  input.addEventListener('input', () => {
    if (!fieldError.hidden) showFieldError(null);
    frame.clearStatus();
  });

  const root = document.getElementById('app');
  if (!root) return;
  root.replaceChildren(frame.element);
  void frame.load(async () => {
    const state = await callDocs('getConversationState');
    if (!state.ok) return state;
    input.value = state.linkedSpreadsheetUrl ?? '';
    const note = existingBlockNote(state.blocks, options.kind, options.what);
    frame.note.hidden = note === null;
    frame.note.textContent = note ?? '';
    return {
      ok: true,
      focus: () => {
        input.focus();
        input.select();
      },
    };
  });
}
