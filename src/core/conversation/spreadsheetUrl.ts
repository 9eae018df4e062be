/** Checks that a URL names a Google Sheets spreadsheet before the add-on tries to open it. */

export type UrlCheck = { ok: true; url: string; id: string } | { ok: false; message: string };

const SHEETS_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})(?:[/?#].*)?$/;
const MAX_URL = 2000;

/** The trimmed URL and the spreadsheet id in it, or a message saying what is wrong. */
export function checkSpreadsheetUrl(input: string): UrlCheck {
  const url = input.trim();
  if (url === '') return { ok: false, message: 'Paste the URL of your growth plan spreadsheet.' };
  if (url.length > MAX_URL) return { ok: false, message: `That URL is too long (at most ${MAX_URL} characters).` };
  const match = SHEETS_URL.exec(url);
  if (!match) {
    return {
      ok: false,
      message: 'That is not a Google Sheets URL. Open the growth plan in Google Sheets and copy the address, which starts with https://docs.google.com/spreadsheets/d/.',
    };
  }
  return { ok: true, url, id: match[1]! };
}
