/** The dialog's window in Docs: google.script.host, guarded for a page opened outside the add-on. */

interface ScriptHost {
  close(): void;
}

interface HostGlobals {
  google?: { script?: { host?: ScriptHost } };
}

/** Closes the dialog; outside Docs (a page opened on its own) there is nothing to close. */
export function closeDialog(): void {
  (globalThis as HostGlobals).google?.script?.host?.close();
}
