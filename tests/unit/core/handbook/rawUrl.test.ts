import { checkRawJobFamilyUrl, resolveLocation } from '../../../../src/core/handbook/rawUrl';
import { RAW_JOB_FAMILIES_PREFIX } from '../../../../src/core/handbook/url';

const P = RAW_JOB_FAMILIES_PREFIX;
/** The prefix without its scheme and host: where a path-only trick starts. */
const PATH = '/gitlab-com/content-sites/handbook/-/raw/main/content/job-families/';

describe('addresses inside the raw job-family files', () => {
  it.each([
    ['a page file', `${P}sales/deal-desk.md`, `${P}sales/deal-desk.md`],
    ['a section index', `${P}sales/sales-operations/_index.md`, `${P}sales/sales-operations/_index.md`],
    ['a plain index', `${P}sales/deal-desk/index.md`, `${P}sales/deal-desk/index.md`],
    [
      'a nested department path',
      `${P}engineering/development/backend/intermediate.md`,
      `${P}engineering/development/backend/intermediate.md`,
    ],
    ['the deepest nesting the handbook uses', `${P}a/b/c/d/page.md`, `${P}a/b/c/d/page.md`],
    ['an upper-case host', `https://GitLab.COM${PATH}sales/deal-desk.md`, `${P}sales/deal-desk.md`],
    [
      'a host with its trailing dot',
      `https://gitlab.com.${PATH}sales/deal-desk.md`,
      `${P}sales/deal-desk.md`,
    ],
    ['the https port spelt out', `https://gitlab.com:443${PATH}sales/deal-desk.md`, `${P}sales/deal-desk.md`],
    ['an upper-case scheme', `HTTPS://gitlab.com${PATH}sales/deal-desk.md`, `${P}sales/deal-desk.md`],
    ['an encoded letter', `${P}sales/deal-%64esk.md`, `${P}sales/deal-desk.md`],
    ['a "." segment', `${P}sales/./deal-desk.md`, `${P}sales/deal-desk.md`],
    ['an empty segment', `${P}sales//deal-desk.md`, `${P}sales/deal-desk.md`],
    ['a ".." that stays inside', `${P}marketing/../sales/deal-desk.md`, `${P}sales/deal-desk.md`],
    ['an encoded slash inside', `${P}sales%2fdeal-desk.md`, `${P}sales/deal-desk.md`],
  ])('accepts %s, fetched in its canonical form', (_name, url, canonical) => {
    expect(checkRawJobFamilyUrl(url)).toEqual({ ok: true, url: canonical });
  });

  it.each([
    // Climbing out of the prefix, spelt every way a server might decode it.
    ['a plain ..', `${P}../../../../../../../../etc/passwd.md`],
    ['.. out of job-families', `${P}../handbook/values.md`],
    ['.. to another project', `${P}../../../../../../../other/-/raw/main/x.md`],
    ['%2e%2e', `${P}%2e%2e/%2e%2e/secret.md`],
    ['%2E%2e in mixed case', `${P}%2E%2e/%2E%2E/secret.md`],
    ['.%2e', `${P}.%2e/secret.md`],
    ['double-encoded %252e%252e', `${P}%252e%252e/%252e%252e/secret.md`],
    ['double-encoded slash %252f', `${P}sales%252f..%252f..%252fx.md`],
    ['double-encoded backslash %255c', `${P}sales%255c..%255cx.md`],
    ['..%2f', `${P}..%2f..%2f..%2fsecret.md`],
    ['%2e%2e%2f', `${P}%2e%2e%2f%2e%2e%2fsecret.md`],
    ['backslashes', `${P}..\\..\\..\\secret.md`],
    ['%5c', `${P}..%5c..%5c..%5csecret.md`],
    ['%5C upper case', `${P}..%5C..%5Csecret.md`],
    ['/./ then ..', `${P}./../../secret.md`],
    ['empty segments hiding ..', `${P}//..//..//secret.md`],
    ['a trailing-dot segment', `${P}sales./deal-desk.md`],
    ['three dots', `${P}.../secret.md`],
    ['a file name ending in a dot', `${P}sales/deal-desk.md.`],
    [
      'a look-alike prefix',
      `https://gitlab.com/gitlab-com/content-sites/handbook/-/raw/main/content/job-families-evil/x.md`,
    ],
    [
      'the prefix in another case',
      `https://gitlab.com/GitLab-com/content-sites/handbook/-/raw/main/content/job-families/x.md`,
    ],
    [
      'another branch',
      `https://gitlab.com/gitlab-com/content-sites/handbook/-/raw/evil/content/job-families/x.md`,
    ],
    ['overlong UTF-8 dot', `${P}%c0%ae%c0%ae/secret.md`],
    ['broken percent-encoding', `${P}sales/%zz.md`],
    ['an encoded null', `${P}sales/deal-desk.md%00.html`],
    ['a full-width dot', `${P}%ef%bc%8e%ef%bc%8e/secret.md`],
    // Not a markdown file of the job families.
    ['the prefix itself', P],
    ['a file that is not markdown', `${P}sales/deal-desk.html`],
    ['an upper-case path', `${P}Sales/Deal-Desk.md`],
    ['a path deeper than the handbook goes', `${P}a/b/c/d/e/page.md`],
    // Another place altogether.
    [
      'another host',
      'https://evil.example.com/gitlab-com/content-sites/handbook/-/raw/main/content/job-families/x.md',
    ],
    ['a host that only starts like gitlab.com', `https://gitlab.com.evil.example${PATH}x.md`],
    ['a subdomain', `https://raw.gitlab.com${PATH}x.md`],
    ['user info', `https://user@gitlab.com${PATH}sales/deal-desk.md`],
    ['user info that hides the host', `https://gitlab.com@evil.example.com${PATH}sales/deal-desk.md`],
    ['user and password', `https://user:pass@gitlab.com${PATH}sales/deal-desk.md`],
    ['another port', `https://gitlab.com:8443${PATH}sales/deal-desk.md`],
    ['an empty port', `https://gitlab.com:${PATH}sales/deal-desk.md`],
    ['plain http', `http://gitlab.com${PATH}sales/deal-desk.md`],
    ['another scheme', `ftp://gitlab.com${PATH}sales/deal-desk.md`],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a data: address', 'data:text/plain,hello'],
    ['a backslash that ends the host', `https://gitlab.com\\@evil.example.com${PATH}x.md`],
    ['an IPv6 host', `https://[::1]${PATH}x.md`],
    ['a query', `${P}sales/deal-desk.md?ref=evil`],
    ['a fragment', `${P}sales/deal-desk.md#x`],
    ['an encoded query mark', `${P}sales/deal-desk.md%3finline=false`],
    ['a tab inside', `https://gitlab.com${PATH}sa\tles/deal-desk.md`],
    ['a leading space', ` ${P}sales/deal-desk.md`],
    ['a relative path', 'sales/deal-desk.md'],
    ['nothing', ''],
  ])('refuses %s', (_name, url) => {
    const checked = checkRawJobFamilyUrl(url);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.why).not.toBe('');
  });

  it('says why it refused, in words', () => {
    expect(checkRawJobFamilyUrl(`${P}%252e%252e/x.md`)).toEqual({
      ok: false,
      why: 'the path is percent-encoded twice',
    });
    expect(checkRawJobFamilyUrl(`https://gitlab.com:8443${PATH}x.md`)).toEqual({
      ok: false,
      why: 'it names port 8443',
    });
    expect(checkRawJobFamilyUrl(`${P}../x.md`)).toEqual({
      ok: false,
      why: 'the path is outside the job-family files',
    });
  });
});

describe('where a redirect points', () => {
  const FROM = `${P}sales/deal-desk.md`;

  it.each([
    ['an absolute address', 'https://evil.example.com/x.md', 'https://evil.example.com/x.md'],
    ['a path on the same host', '/gitlab-com/x.md', 'https://gitlab.com/gitlab-com/x.md'],
    ['a protocol-relative address', '//evil.example.com/x.md', 'https://evil.example.com/x.md'],
    ['a backslash protocol-relative address', '\\\\evil.example.com/x.md', 'https://evil.example.com/x.md'],
    ['a slash-backslash address', '/\\evil.example.com/x.md', 'https://evil.example.com/x.md'],
    ['a sibling file', 'deal-desk-new.md', `${P}sales/deal-desk-new.md`],
    ['a climb from the sender', '../../x.md', `${P}sales/../../x.md`],
  ])('resolves %s', (_name, location, resolved) => {
    expect(resolveLocation(location, FROM)).toBe(resolved);
  });

  it('has nowhere to point without a Location', () => {
    expect(resolveLocation('', FROM)).toBeNull();
  });

  it.each([
    '//evil.example.com/x.md',
    '\\\\evil.example.com/x.md',
    '/\\evil.example.com/x.md',
    '../../x.md',
    '/gitlab-com/content-sites/handbook/-/raw/main/content/job-families/../../../../../../../etc.md',
  ])('a resolved hostile redirect %j is refused', (location) => {
    expect(checkRawJobFamilyUrl(resolveLocation(location, FROM) ?? '').ok).toBe(false);
  });
});
