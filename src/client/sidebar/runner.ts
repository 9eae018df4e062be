/**
 * Runs one server action at a time for the sidebar: marks its button busy, blocks the other
 * actions while it runs, and turns a failure into an inline error next to the button.
 */
import { errorMessage } from '../common/server';
import { showStatus, withBusyButton } from '../common/status';

export class Runner {
  busy = false;

  constructor(private readonly onBusyChange: (busy: boolean) => void) {}

  /**
   * Resolves with the action's result, or with undefined after showing its error in `status`
   * (or when another action is still running).
   */
  async run<T>(
    button: HTMLButtonElement,
    busyLabel: string,
    status: HTMLElement,
    work: () => Promise<T>,
  ): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.setBusy(true);
    showStatus(status, null);
    try {
      return await withBusyButton(button, busyLabel, work);
    } catch (error) {
      showStatus(status, { kind: 'error', title: errorMessage(error) });
      return undefined;
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
