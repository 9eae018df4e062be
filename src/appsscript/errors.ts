/**
 * An error whose message is meant for the person using the add-on: the sidebar shows it as is.
 * Throwing one leaves the spreadsheet untouched, because every endpoint validates before writing.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
