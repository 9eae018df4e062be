import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRawJobFamilyUrl } from '../../../../src/core/handbook/rawUrl';
import {
  parseHandbookUrl,
  rawMarkdownUrls,
  RAW_JOB_FAMILIES_PREFIX,
} from '../../../../src/core/handbook/url';

const PAGE = 'https://handbook.gitlab.com/job-families/sales/deal-desk/';

function page(input: string) {
  const result = parseHandbookUrl(input);
  if (!result.ok) throw new Error(result.error);
  return result.page;
}

function error(input: string): string {
  const result = parseHandbookUrl(input);
  if (result.ok) throw new Error(`accepted ${input}`);
  return result.error;
}

describe('handbook URLs', () => {
  it.each([
    PAGE,
    'https://handbook.gitlab.com/job-families/sales/deal-desk',
    '  https://handbook.gitlab.com/job-families/sales/deal-desk/  ',
    'http://handbook.gitlab.com/job-families/sales/deal-desk/',
    'handbook.gitlab.com/job-families/sales/deal-desk/',
    'https://HANDBOOK.gitlab.com/job-families/sales/deal-desk/?utm_source=chat',
    'https://about.gitlab.com/job-families/sales/deal-desk/',
  ])('reads %s as the canonical page', (input) => {
    expect(page(input)).toEqual({ path: 'sales/deal-desk', url: PAGE, anchor: null });
  });

  it('keeps an anchor as a hint for the level, and deeper pages', () => {
    expect(page(`${PAGE}#Deal-Desk-Analyst`).anchor).toBe('deal-desk-analyst');
    expect(
      page('https://handbook.gitlab.com/job-families/sales/sales-operations/partner-operations/').path,
    ).toBe('sales/sales-operations/partner-operations');
  });

  it.each([
    ['', /Paste the address/],
    ['not a url at all', /^That is not a web address\./],
    ['https://evil.example.com/job-families/sales/deal-desk/', /this address is on evil\.example\.com\.$/],
    ['https:///job-families/sales/deal-desk/', /this address names no site\.$/],
    ['https://handbook.gitlab.com.evil.example/job-families/sales/x/', /Only GitLab handbook/],
    ['https://user@handbook.gitlab.com/job-families/sales/x/', /Only GitLab handbook/],
    ['https://handbook.gitlab.com:8443/job-families/sales/x/', /Only GitLab handbook/],
    ['ftp://handbook.gitlab.com/job-families/sales/deal-desk/', /Only handbook web addresses/],
    ['javascript:alert(1)', /Only handbook web addresses|not a web address/],
    ['https://handbook.gitlab.com/handbook/values/', /not a job family/],
    ['https://handbook.gitlab.com/job-families/sales/', /names a department/],
    [
      'https://handbook.gitlab.com/job-families/sales/../../handbook/',
      /does not look like a job-family page/,
    ],
    ['https://handbook.gitlab.com/job-families/sales/Deal%20Desk/', /does not look like a job-family page/],
    [`https://handbook.gitlab.com/job-families/sales/${'x'.repeat(600)}/`, /too long/],
  ])('rejects %j with a clear message', (input, message) => {
    expect(error(input)).toMatch(message);
  });

  it('maps a page to the raw markdown files it may be built from, all under the allowlisted prefix', () => {
    const urls = rawMarkdownUrls(page(PAGE));
    expect(urls).toEqual([
      `${RAW_JOB_FAMILIES_PREFIX}sales/deal-desk.md`,
      `${RAW_JOB_FAMILIES_PREFIX}sales/deal-desk/_index.md`,
      `${RAW_JOB_FAMILIES_PREFIX}sales/deal-desk/index.md`,
    ]);
    expect(urls.every(isRawJobFamilyUrl)).toBe(true);
    expect(isRawJobFamilyUrl('https://gitlab.com/gitlab-com/other/-/raw/main/x.md')).toBe(false);
    expect(RAW_JOB_FAMILIES_PREFIX.endsWith('/')).toBe(true);
  });
});

describe('the manifest', () => {
  it('allows fetching exactly the raw job-family files and asks for the external-request scope', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../../appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
      urlFetchWhitelist: string[];
    };
    expect(manifest.urlFetchWhitelist).toEqual([RAW_JOB_FAMILIES_PREFIX]);
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/script.external_request');
    expect(
      manifest.urlFetchWhitelist.every((prefix) => prefix.startsWith('https://') && prefix.endsWith('/')),
    ).toBe(true);
  });
});
