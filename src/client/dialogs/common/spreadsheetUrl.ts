/**
 * The client-side check of a growth plan link, so an obvious mistake is caught before a server
 * round trip. The server checks again; this only decides whether the text looks like a Google
 * Sheets URL, never whether the file exists or can be read.
 */

export type SpreadsheetUrlCheck = { ok: true; url: string } | { ok: false; message: string };

const SHEETS_PATH = /^\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)(?:[/?#]|$)/;

/** Accepts https://docs.google.com/spreadsheets/d/<id>/… (with or without a /u/<n>/ account part). */
export function checkSpreadsheetUrl(text: string): SpreadsheetUrlCheck {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Paste the link of your growth plan spreadsheet.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'This is not a link. Copy the address of your growth plan spreadsheet from the browser.' };
  }
  if (url.protocol !== 'https:' || url.hostname !== 'docs.google.com') {
    return { ok: false, message: 'This is not a Google Sheets link. It should start with docs.google.com/spreadsheets/.' };
  }
  if (!SHEETS_PATH.test(url.pathname)) {
    return url.pathname.startsWith('/document/') || url.pathname.startsWith('/presentation/')
      ? { ok: false, message: 'This links to a document, not a spreadsheet. Paste the link of your growth plan spreadsheet.' }
      : { ok: false, message: 'This is not a Google Sheets link. It should start with docs.google.com/spreadsheets/.' };
  }
  return { ok: true, url: trimmed };
}
