/**
 * Alerts and prompts a person answers in the page. When the bundle calls `ui.alert` or `ui.prompt`,
 * the call waits here (the bundle thread is blocked meanwhile) until the page posts the answer; the
 * answer is then queued on the fake's UI, so the fake returns and records it as usual.
 */
import { Enums, FakeUi, questionOf, type UiRecorder, type UiResponse } from '../../fake';
import type { BeforeCall } from './thread/fakeEndpoint';
import type { QuestionView } from './views/snapshot';
import { HttpError } from './http';

interface Pending {
  view: QuestionView;
  resolve(answer: UiResponse): void;
}

export class QuestionDesk {
  private current: Pending | null = null;
  private nextId = 1;

  /** The question waiting for its answer, if any. */
  get pending(): QuestionView | null {
    return this.current?.view ?? null;
  }

  ask(
    kind: 'alert' | 'prompt',
    question: { title: string; prompt: string; buttons: string },
  ): Promise<UiResponse> {
    // One execution at a time asks; an older question left open (its execution ended) is closed.
    this.cancel();
    const buttons = [...Enums.BUTTONS_OF[question.buttons as keyof typeof Enums.BUTTONS_OF]];
    return new Promise((resolve) => {
      this.current = {
        view: { id: this.nextId++, kind, title: question.title, prompt: question.prompt, buttons },
        resolve,
      };
    });
  }

  /** The person's answer: one of the question's buttons, or CLOSE (the dialog closed without one). */
  answer(id: unknown, button: unknown, text: unknown): void {
    const current = this.current;
    if (!current || current.view.id !== id) throw new HttpError(409, 'That question is no longer asked.');
    if (typeof button !== 'string' || (button !== 'CLOSE' && !current.view.buttons.includes(button)))
      throw new HttpError(400, `Answer with one of ${current.view.buttons.join(', ')} or CLOSE.`);
    if (text !== undefined && typeof text !== 'string')
      throw new HttpError(400, 'The text must be a string.');
    this.current = null;
    current.resolve(current.view.kind === 'prompt' ? { button, text: text ?? '' } : button);
  }

  /** Closes the open question, as if the person closed it (the execution behind it has ended). */
  cancel(): void {
    const current = this.current;
    this.current = null;
    current?.resolve(current.view.kind === 'prompt' ? { button: 'CLOSE', text: '' } : 'CLOSE');
  }
}

/**
 * The hook that lets an alert or prompt wait for the person. A response queued beforehand (a test
 * scripting the answer) is used as it is, without asking.
 */
export function askBeforeQuestions(ui: UiRecorder, desk: QuestionDesk): BeforeCall {
  return async (target, method, args) => {
    if (!(target instanceof FakeUi) || (method !== 'alert' && method !== 'prompt')) return;
    if (ui.responses.length > 0) return;
    const question = questionOf(args);
    // Arguments that fit no overload: the fake throws Apps Script's error without asking.
    if (!question) return;
    ui.queueResponse(await desk.ask(method, question));
  };
}
