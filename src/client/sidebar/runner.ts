/**
 * Runs one server action at a time for the sidebar: marks its button busy, blocks the other
 * actions while it runs, and shows a failure's message inline next to the button.
 */
import type { Failure } from '../../api/reply';
import { unexpected, type Unexpected } from '../common/server';
import { showStatus, withBusyButton } from '../common/status';

/**
 * What became of an action. 'busy': another action of the sidebar was still running, so nothing was
 * sent. 'failed': the failure's message is already shown; callers handle their own kinds (offer the
 * catalog role for 'handbook', say). 'succeeded': the reply, for the caller to show.
 */
export type RunOutcome<R extends { ok: boolean }> =
  | { status: 'busy' }
  | { status: 'succeeded'; reply: Extract<R, { ok: true }> }
  | { status: 'failed'; failure: Exclude<R, { ok: true }> | Unexpected };

export class Runner {
  busy = false;

  constructor(private readonly onBusyChange: (busy: boolean) => void) {}

  async run<R extends { ok: true } | Failure<string>>(
    button: HTMLButtonElement,
    busyLabel: string,
    status: HTMLElement,
    work: () => Promise<R>,
  ): Promise<RunOutcome<R>> {
    if (this.busy) return { status: 'busy' };
    this.setBusy(true);
    showStatus(status, null);
    try {
      const reply: R | Unexpected = await withBusyButton(button, busyLabel, work).catch((error: unknown) =>
        unexpected('', error),
      );
      if (reply.ok) return { status: 'succeeded', reply: reply as Extract<R, { ok: true }> };
      const failure = reply as Exclude<R, { ok: true }> | Unexpected;
      showStatus(status, { kind: 'error', title: (failure as Failure<string>).message });
      return { status: 'failed', failure };
    } finally {
      this.setBusy(false);
      // A disabled button drops focus to <body>; bring keyboard users back to where they were.
      if (document.activeElement === document.body && !button.disabled) button.focus();
    }
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.onBusyChange(busy);
  }
}
