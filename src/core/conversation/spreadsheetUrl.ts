/** Checks that a URL names a Google Sheets spreadsheet before the add-on tries to open it. */

export type UrlCheck = { ok: true; url: string; id: string } | { ok: false; message: string };

// People signed in to several Google accounts get addresses with an account part: /spreadsheets/u/1/d/<id>.
const SHEETS_URL =
  /^https:\/\/docs\.google\.com\/spreadsheets\/(u\/\d{1,2}\/)?d\/([A-Za-z0-9_-]{20,})(?:[/?#].*)?$/;
const MAX_URL = 2000;

/** The trimmed URL and the spreadsheet id in it, or a message saying what is wrong. */
export function checkSpreadsheetUrl(input: string): UrlCheck {
  const url = input.trim();
  if (url === '') return { ok: false, message: 'Paste the URL of your growth plan spreadsheet.' };
  if (url.length > MAX_URL)
    return { ok: false, message: `That URL is too long (at most ${MAX_URL} characters).` };
  const match = SHEETS_URL.exec(url);
  if (!match) {
    return {
      ok: false,
      message:
        'That is not a Google Sheets URL. Open the growth plan in Google Sheets and copy the address, which starts with https://docs.google.com/spreadsheets/d/.',
    };
  }
  const id = match[2] ?? '';
  // The account part only picks a signed-in account in the browser; the plain form is what opens the file.
  return { ok: true, url: match[1] ? `https://docs.google.com/spreadsheets/d/${id}/edit` : url, id };
}
