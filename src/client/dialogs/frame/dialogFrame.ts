/**
 * The frame every Career Conversation dialog shares: a form whose fields the page supplies, a
 * footer with Cancel and the insert button, loading and busy states, inline errors, and the
 * "a person edited this block" confirmation. Enter inserts, Escape steps back (out of the
 * confirmation) or closes the dialog. A successful insert closes the dialog.
 */
import type { Failure } from '../../../api/reply';
import { el } from '../../common/dom';
import { unexpected } from '../../common/server';
import { actionButton, showStatus, statusRegion, withBusyButton } from '../../common/status';
import { closeDialog } from './host';

/**
 * What an insert endpoint answers, as far as the frame cares: a 'needs-confirmation' failure asks
 * before replacing a person's edits; any other failure's message shows under the fields.
 */
export type InsertOutcome = { ok: true; status: 'inserted' | 'replaced' } | Failure<string>;

/** Sends the page's request; called again with true after a person confirmed replacing their edits. */
export type InsertSender = (replaceEdited: boolean) => Promise<InsertOutcome>;

export interface DialogFrameOptions {
  /** Read by screen readers; Docs shows the dialog's title in its own title bar. */
  title: string;
  intro: string;
  actionLabel: string;
  busyLabel: string;
  /** Locks or unlocks the page's own fields while a call runs. */
  setFieldsDisabled(disabled: boolean): void;
  /**
   * Checks the page's fields and returns the sender for them, or null after showing the page's own
   * message (the frame then does nothing).
   */
  prepare(): InsertSender | null;
}

/** The page's loading step: a failure (shown, with "Try again"), or where focus goes once the fields show. */
export type Loader = () => Promise<{ ok: true; focus?: () => void } | Failure<string>>;

/** 'done': inserted; the dialog is closing, and nothing may send the request a second time. */
type FrameState = 'loading' | 'load-failed' | 'ready' | 'busy' | 'confirming' | 'done';

export class DialogFrame {
  readonly element: HTMLFormElement;
  /** Where the page puts its fields. */
  readonly fields: HTMLElement;
  /** A line about the block already in the document (the page sets its text). */
  readonly note: HTMLElement;
  private readonly loading: HTMLElement;
  private readonly status: HTMLElement;
  private readonly retry: HTMLButtonElement;
  private readonly confirm: HTMLElement;
  private readonly confirmText: HTMLElement;
  private readonly replaceButton: HTMLButtonElement;
  private readonly keepButton: HTMLButtonElement;
  private readonly footerActions: HTMLElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly insertButton: HTMLButtonElement;
  private state: FrameState = 'loading';
  private canInsert = false;
  private pending: InsertSender | null = null;
  private loader: Loader | null = null;

  constructor(private readonly options: DialogFrameOptions) {
    this.loading = el('div', { className: 'loading', attrs: { role: 'status' } }, [
      el('span', { className: 'spinner spinner-dark', attrs: { 'aria-hidden': 'true' } }),
      el('span', { text: 'Loading…' }),
    ]);
    this.fields = el('div', { className: 'fields', attrs: { hidden: true } });
    this.note = el('p', { className: 'note', attrs: { hidden: true } });
    this.status = statusRegion();
    this.retry = actionButton('Try again', 'secondary');
    this.retry.hidden = true;
    this.retry.addEventListener('click', () => void this.runLoad());

    const confirmTitleId = 'confirm-title';
    const confirmTextId = 'confirm-text';
    this.confirmText = el('p', { id: confirmTextId, className: 'confirm-text' });
    this.keepButton = actionButton('Cancel', 'secondary');
    this.keepButton.addEventListener('click', () => {
      this.leaveConfirmation();
    });
    this.replaceButton = actionButton('Replace my edits', 'primary');
    this.replaceButton.classList.add('button-danger');
    this.replaceButton.addEventListener('click', () => void this.replaceEdited());
    this.confirm = el(
      'section',
      {
        className: 'confirm',
        attrs: {
          role: 'alertdialog',
          'aria-labelledby': confirmTitleId,
          'aria-describedby': confirmTextId,
          tabindex: '-1',
          hidden: true,
        },
      },
      [
        el('h2', { id: confirmTitleId, className: 'confirm-title', text: 'Replace edited text?' }),
        this.confirmText,
        el('div', { className: 'dialog-actions' }, [this.keepButton, this.replaceButton]),
      ],
    );

    this.cancelButton = actionButton('Cancel', 'secondary');
    this.cancelButton.addEventListener('click', () => {
      if (this.state !== 'busy') closeDialog();
    });
    this.insertButton = actionButton(options.actionLabel, 'primary');
    this.insertButton.type = 'submit';
    this.footerActions = el('div', { className: 'dialog-actions' }, [this.cancelButton, this.insertButton]);

    this.element = el(
      'form',
      { className: 'dialog', attrs: { novalidate: true, 'aria-labelledby': 'dialog-title' } },
      [
        el('div', { className: 'dialog-body' }, [
          el('h1', { id: 'dialog-title', className: 'visually-hidden', text: options.title }),
          el('p', { className: 'intro', text: options.intro }),
          this.loading,
          this.fields,
          this.note,
          this.status,
          this.retry,
        ]),
        // The question takes the buttons' place, so it is always in view without scrolling.
        el('div', { className: 'dialog-footer' }, [this.confirm, this.footerActions]),
      ],
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.insert();
    });
    document.addEventListener('keydown', (event) => {
      this.onKeyDown(event);
    });
    this.render();
  }

  /** Runs the page's loading step behind a spinner; a failure shows its message and "Try again". */
  async load(loader: Loader): Promise<void> {
    this.loader = loader;
    await this.runLoad();
  }

  /** Enables the insert button once the fields hold enough to insert. */
  setCanInsert(canInsert: boolean): void {
    this.canInsert = canInsert;
    this.render();
  }

  /** Shows an error under the fields (the page's own check, before any call). */
  showError(message: string): void {
    showStatus(this.status, { kind: 'error', title: message });
    // Below a long note it can sit under the fold of a short dialog.
    this.status.scrollIntoView({ block: 'nearest' });
  }

  clearStatus(): void {
    showStatus(this.status, null);
  }

  focusInsertButton(): void {
    this.insertButton.focus();
  }

  private async runLoad(): Promise<void> {
    if (!this.loader) return;
    this.state = 'loading';
    this.clearStatus();
    this.render();
    const loaded = await this.loader().catch((error: unknown) => unexpected('', error));
    if (!loaded.ok) {
      this.state = 'load-failed';
      this.render();
      showStatus(this.status, { kind: 'error', title: loaded.message });
      this.retry.focus();
      return;
    }
    this.state = 'ready';
    this.render();
    if (loaded.focus) loaded.focus();
    else this.insertButton.focus();
  }

  private async insert(): Promise<void> {
    if (this.state !== 'ready' || !this.canInsert) return;
    this.clearStatus();
    const send = this.options.prepare();
    if (!send) return;
    await this.send(send, false, this.insertButton);
  }

  private async replaceEdited(): Promise<void> {
    if (this.state !== 'confirming' || !this.pending) return;
    await this.send(this.pending, true, this.replaceButton);
  }

  private async send(sender: InsertSender, replaceEdited: boolean, button: HTMLButtonElement): Promise<void> {
    this.state = 'busy';
    this.render();
    const outcome = await withBusyButton(button, this.options.busyLabel, () => sender(replaceEdited)).catch(
      (error: unknown) => unexpected('', error),
    );
    if (!outcome.ok && outcome.kind === 'needs-confirmation') {
      this.pending = sender;
      this.state = 'confirming';
      this.confirmText.textContent = outcome.message;
      this.render();
      this.confirm.focus();
      return;
    }
    if (!outcome.ok) {
      this.pending = null;
      this.state = 'ready';
      this.render();
      showStatus(this.status, { kind: 'error', title: outcome.message });
      this.insertButton.focus();
      return;
    }
    this.pending = null;
    this.state = 'done';
    this.render();
    showStatus(this.status, {
      kind: 'success',
      title: outcome.status === 'replaced' ? 'Replaced in the document.' : 'Inserted into the document.',
    });
    closeDialog();
  }

  private leaveConfirmation(): void {
    if (this.state !== 'confirming') return;
    this.pending = null;
    this.state = 'ready';
    this.render();
    this.insertButton.focus();
  }

  private onKeyDown(event: KeyboardEvent): void {
    // A picker that closes its list on Escape marks the event handled; only a second Escape leaves.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (this.state === 'busy') return;
    event.preventDefault();
    if (this.state === 'confirming') this.leaveConfirmation();
    else closeDialog();
  }

  private render(): void {
    const { state } = this;
    const busy = state === 'busy' || state === 'done';
    this.loading.hidden = state !== 'loading';
    this.fields.hidden = state === 'loading' || state === 'load-failed';
    this.retry.hidden = state !== 'load-failed';
    this.confirm.hidden = state !== 'confirming' && !(busy && this.pending);
    this.footerActions.hidden = !this.confirm.hidden;
    this.element.setAttribute('aria-busy', String(state === 'loading' || state === 'busy'));
    this.options.setFieldsDisabled(state !== 'ready');
    this.insertButton.disabled = state === 'loading' || state === 'load-failed' || !this.canInsert;
    setInert(this.insertButton, busy);
    setInert(this.cancelButton, busy);
    setInert(this.replaceButton, busy);
    setInert(this.keepButton, busy);
  }
}

/** A busy button keeps focus (so screen readers stay put) but announces and ignores presses. */
function setInert(button: HTMLButtonElement, inert: boolean): void {
  if (inert) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}
