/**
 * Wording checks on what the build ships: every string a person may read in the built pages and
 * bundles (and the preview pages) is free of doubled words. Run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { docsPageHtml } from '../../../scripts/preview/docsPage';
import { previewPageHtml } from '../../../scripts/preview/page';
import { doubledWords, pageStrings, stringLiterals } from '../../support/productText';

const ROOT = resolve(__dirname, '../../..');
const BUILT = [
  'build/sheets/Code.js',
  'build/sheets/Sidebar.html',
  'build/docs/Code.js',
  'build/docs/RequirementsDialog.html',
  'build/docs/ActionPlanDialog.html',
];

function builtStrings(file: string): string[] {
  const path = join(ROOT, file);
  if (!existsSync(path)) throw new Error(`Run \`npm run build\` before this test (${file} is missing).`);
  const source = readFileSync(path, 'utf8');
  return file.endsWith('.html') ? pageStrings(source) : stringLiterals(source);
}

describe('the text scanner', () => {
  it.each([
    ['(handbook.gitlab.com), not not a url.', ['not not']],
    ['Pick the the role', ['the the']],
    ['The\n  the end', ['The\n  the']],
    ['button button-primary', []],
    ['a plan, planned', []],
    ['Import the catalog role instead', []],
  ])('finds the doubled words in %j', (text, found) => {
    expect(doubledWords(text)).toEqual(found);
  });

  it('reads the string literals of a script and the text and labels of a page', () => {
    expect(stringLiterals(`a="one two";b='it\\'s';c=\`x \${y} z\`;`)).toEqual([
      'one two',
      "it\\'s",
      'x ${y} z',
    ]);
    const strings = pageStrings(
      '<p title="Hint here">Some <b>text</b></p><style>.a{}</style><script>f("in script")</script>',
    );
    expect(strings).toContain('in script');
    expect(strings).toContain('Hint here');
    expect(strings.join(' ')).toMatch(/Some\s+text/);
    expect(strings.join(' ')).not.toContain('.a{}');
  });
});

describe('the shipped text', () => {
  it.each(BUILT)('%s has no doubled words', (file) => {
    const strings = builtStrings(file);
    expect(strings.length).toBeGreaterThan(10);
    expect(strings.flatMap(doubledWords)).toEqual([]);
  });

  it('the preview pages have no doubled words', () => {
    for (const html of [previewPageHtml('', ''), docsPageHtml('', '')]) {
      expect(pageStrings(html).flatMap(doubledWords)).toEqual([]);
    }
  });
});
