import { isServiceFailure, UserError } from '../../../src/appsscript/errors';

/** An error as Apps Script's services throw them: `Exception: <message>`. */
function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

describe('service failures', () => {
  it.each([
    'Service Spreadsheets failed while accessing document with id 1abc.',
    'Service Documents failed while accessing document with id 1abc.',
    'Service invoked too many times for one day: urlfetch.',
    'Service error: Spreadsheets',
    "We're sorry, a server error occurred. Please wait a bit and try again.",
    'Exceeded maximum execution time',
  ])('knows "%s" for one', (message) => {
    expect(isServiceFailure(exception(message))).toBe(true);
  });

  it.each([
    'You do not have permission to access the requested document.',
    'Element does not contain the specified child element.',
    'The parameters (String) don\u2019t match the method signature for SpreadsheetApp.openByUrl.',
  ])('does not take "%s" for one', (message) => {
    expect(isServiceFailure(exception(message))).toBe(false);
  });

  it('looks at the message, whatever the realm or shape of the error', () => {
    expect(isServiceFailure({ message: 'Service Spreadsheets failed while accessing document.' })).toBe(true);
    expect(isServiceFailure(new UserError('Service is fine.'))).toBe(false);
    expect(isServiceFailure(null)).toBe(false);
    expect(isServiceFailure('Service Documents failed.')).toBe(true);
  });
});
