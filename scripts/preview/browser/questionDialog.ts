/**
 * The add-on's alerts and prompts as modal dialogs the person answers: the buttons of the alert's
 * ButtonSet, a text field for a prompt, Escape or × for "closed without answering" (Button.CLOSE,
 * as Sheets and Docs report it). The rest of the page is inert while it is open.
 */
import type { QuestionView } from '../views/snapshot';
import { byId, el, post } from './shellKit';

const LABELS: Record<string, string> = { OK: 'OK', YES: 'Yes', NO: 'No', CANCEL: 'Cancel' };

export interface QuestionDialog {
  /** Shows the question the view carries (null: none is asked, so an open one closes). */
  show(question: QuestionView | null): void;
  readonly open: boolean;
}

/**
 * The dialog in `#question` (markup: QUESTION_MARKUP in ../page.ts). `inertWhileOpen` are the page's other regions; `answered` runs after
 * the answer reached the server.
 */
export function questionDialog(
  answerPath: string,
  inertWhileOpen: HTMLElement[],
  answered: () => void,
): QuestionDialog {
  const backdrop = byId('question');
  const box = byId('question-box');
  const title = byId('question-title');
  const prompt = byId('question-prompt');
  const field = byId('question-text', HTMLInputElement);
  const fieldRow = byId('question-field');
  const actions = byId('question-actions');
  const close = byId('question-close', HTMLButtonElement);
  let shown: QuestionView | null = null;
  let focusBefore: HTMLElement | null = null;

  function setOpen(open: boolean): void {
    backdrop.hidden = !open;
    for (const region of inertWhileOpen) region.inert = open;
  }

  function dismiss(): void {
    shown = null;
    setOpen(false);
    focusBefore?.focus();
    focusBefore = null;
  }

  async function answer(button: string): Promise<void> {
    const question = shown;
    if (!question) return;
    for (const b of box.querySelectorAll('button')) b.disabled = true;
    try {
      await post(answerPath, {
        id: question.id,
        button,
        text: question.kind === 'prompt' ? field.value : undefined,
      });
    } finally {
      for (const b of box.querySelectorAll('button')) b.disabled = false;
      if (shown === question) dismiss();
      answered();
    }
  }

  function render(question: QuestionView): void {
    if (!shown) focusBefore = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    shown = question;
    title.textContent = question.title || 'Career Growth';
    prompt.textContent = question.prompt;
    fieldRow.hidden = question.kind !== 'prompt';
    field.value = '';
    actions.replaceChildren(
      ...question.buttons.map((name, i) => {
        const button = el(
          'button',
          {
            type: 'button',
            class: i === 0 ? 'question-button primary' : 'question-button',
            'data-button': name,
          },
          [LABELS[name] ?? name],
        );
        button.addEventListener('click', () => void answer(name));
        return button;
      }),
    );
    setOpen(true);
    (question.kind === 'prompt' ? field : (actions.firstElementChild as HTMLElement | null))?.focus();
  }

  close.addEventListener('click', () => void answer('CLOSE'));
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && shown) {
      event.preventDefault();
      void answer(shown.buttons[0] ?? 'OK');
    }
  });
  backdrop.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void answer('CLOSE');
      return;
    }
    if (event.key !== 'Tab') return;
    // Keep the focus inside the dialog.
    const focusable = [...box.querySelectorAll<HTMLElement>('button, input')].filter(
      (e) => !e.closest('[hidden]') && !(e as HTMLButtonElement).disabled,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });

  return {
    show(question) {
      if (!question) {
        if (shown) dismiss();
        return;
      }
      if (shown?.id !== question.id) render(question);
    },
    get open() {
      return shown !== null;
    },
  };
}
