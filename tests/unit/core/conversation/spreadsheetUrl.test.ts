import { checkSpreadsheetUrl } from '../../../../src/core/conversation/spreadsheetUrl';

const ID = '1J6LrCN7-Z8sc2SAFPAPTKrwejJJE9onQ1iHUmW2DfHA';

describe('checkSpreadsheetUrl', () => {
  it('accepts a Sheets URL with or without a path, query or fragment and returns its id', () => {
    for (const url of [
      `https://docs.google.com/spreadsheets/d/${ID}`,
      `https://docs.google.com/spreadsheets/d/${ID}/edit`,
      `  https://docs.google.com/spreadsheets/d/${ID}/edit?gid=3#gid=3 `,
    ]) {
      expect(checkSpreadsheetUrl(url)).toEqual({ ok: true, url: url.trim(), id: ID });
    }
  });

  it('accepts the address of a person signed in to several accounts and keeps the plain form', () => {
    for (const account of ['0', '1', '12']) {
      expect(
        checkSpreadsheetUrl(`https://docs.google.com/spreadsheets/u/${account}/d/${ID}/edit#gid=0`),
      ).toEqual({
        ok: true,
        url: `https://docs.google.com/spreadsheets/d/${ID}/edit`,
        id: ID,
      });
    }
    expect(checkSpreadsheetUrl(`https://docs.google.com/spreadsheets/u/x/d/${ID}`).ok).toBe(false);
  });

  it('rejects what is not a Google Sheets URL, saying so', () => {
    for (const url of [
      `https://docs.google.com/document/d/${ID}/edit`,
      `http://docs.google.com/spreadsheets/d/${ID}`,
      `https://docs.google.com.evil.example/spreadsheets/d/${ID}`,
      'https://docs.google.com/spreadsheets/d/short',
      'not a url',
      `https://docs.google.com/spreadsheets/d/${ID}x"><script>`,
    ]) {
      const check = checkSpreadsheetUrl(url);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/not a Google Sheets URL/);
    }
    expect(checkSpreadsheetUrl('  ')).toEqual({
      ok: false,
      message: expect.stringMatching(/Paste the URL/) as unknown,
    });
    expect(checkSpreadsheetUrl(`https://docs.google.com/spreadsheets/d/${ID}/${'x'.repeat(2100)}`)).toEqual({
      ok: false,
      message: expect.stringMatching(/too long/) as unknown,
    });
  });
});
