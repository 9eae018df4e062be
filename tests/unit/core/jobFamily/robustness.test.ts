import { parseJobFamily } from '../../../../src/core/jobFamily/parse';
import type { JobFamilyParseResult } from '../../../../src/core/jobFamily/types';
import { fixturePages, SALES_FIXTURES } from './fixturePages';

/** Small deterministic PRNG (mulberry32) so generated pages are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function expectWellFormed(result: JobFamilyParseResult): void {
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  if (!result.ok) {
    expect(result.error).toMatch(/\S/);
    return;
  }
  expect(result.page.levels.length).toBeGreaterThan(0);
  expect(result.page.warnings.length).toBeLessThanOrEqual(26);
  for (const level of result.page.levels) {
    expect(level.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(level.grade === null || (level.grade >= 1 && level.grade <= 30)).toBe(true);
  }
}

describe('parseJobFamily on odd input', () => {
  it('answers a clear error for an empty page, and for a page without levels', () => {
    for (const markdown of [
      '',
      '   \n\n',
      '---\ntitle: Nothing here\n---\n\nJust a sentence.',
      '# Title\n\n## Hiring Process\n\n- Screening',
    ]) {
      const result = parseJobFamily(markdown);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/No levels found/);
    }
  });

  it('does not throw for input that is not a string', () => {
    for (const input of [undefined, null, 42, {}, ['x']]) {
      const result = parseJobFamily(input as string);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.warnings.join(' ')).toMatch(/not text/);
    }
  });

  it('reads a page whose front matter is never closed, with a warning', () => {
    const result = parseJobFamily('---\ntitle: "Open Ended"\n\n## Requirements\n\n- Knows the thing\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.page.title).toBe('Open Ended');
    expect(result.page.levels[0]?.requirements.map((item) => item.text)).toEqual(['Knows the thing']);
    expect(result.page.warnings.join(' ')).toMatch(/Front matter is not closed/);
  });

  it('decodes entities, drops inline HTML and keeps link text', () => {
    const result = parseJobFamily(
      '---\ntitle: T\n---\n## Requirements\n\n- Sales &amp; Marketing &lt;b&gt; <br> [values](/handbook/values/) &#8212; **bold** _em_ `code` &nbsp;x\n',
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.page.levels[0]?.requirements[0]?.text).toBe(
      'Sales & Marketing <b> values — bold em code x',
    );
  });

  it('cuts a circle of "Extends that of" references and says so', () => {
    const markdown = [
      '## Levels',
      '### Alpha Analyst',
      '#### Alpha Analyst Requirements',
      '- Extends that of the Beta Analyst requirements',
      '- Alpha skill',
      '### Beta Analyst',
      '#### Beta Analyst Requirements',
      '- Extends that of the Alpha Analyst requirements',
      '- Beta skill',
    ].join('\n\n');
    const result = parseJobFamily(markdown);
    if (!result.ok) throw new Error(result.error);
    const [alpha, beta] = result.page.levels;
    expect(alpha?.requirements.map((item) => item.text)).toEqual(['Beta skill', 'Alpha skill']);
    expect(beta?.requirements.map((item) => item.text)).toEqual(['Alpha skill', 'Beta skill']);
    expect(result.page.warnings.join(' ')).toMatch(/circle/);
  });

  it('warns about an "Extends" it cannot place instead of keeping it as a requirement', () => {
    const result = parseJobFamily(
      '## Senior Analyst\n\n### Requirements\n\n- Extends that of the Wizard requirements\n- Real skill\n',
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.page.levels[0]?.requirements.map((item) => item.text)).toEqual(['Real skill']);
    expect(result.page.warnings.join(' ')).toMatch(/could not tell which level/);
  });

  it('merges headings that name the same level and keeps slugs unique when long titles share a prefix', () => {
    const same = parseJobFamily(
      '## Sr. Analyst (EMEA)\n\n### Requirements\n\n- A\n\n## Senior Analyst: EMEA!\n\n### Responsibilities\n\n- B\n',
    );
    if (!same.ok) throw new Error(same.error);
    expect(
      same.page.levels.map((level) => [level.slug, level.requirements.length, level.responsibilities.length]),
    ).toEqual([['sr-analyst-emea', 1, 1]]);
    const long = 'Principal Analyst '.repeat(6);
    const twins = parseJobFamily(
      `## ${long}North\n\n### Requirements\n\n- A\n\n## ${long}South\n\n### Requirements\n\n- B\n`,
    );
    if (!twins.ok) throw new Error(twins.error);
    const [north, south] = twins.page.levels.map((level) => level.slug);
    expect(north).not.toBe(south);
    expect(south).toBe(`${north}-2`);
  });

  it('reads section names written as bullets, and a grade written in the level heading', () => {
    const markdown = [
      '## Levels',
      '### Senior Widget Analyst (Grade 7)',
      '- Responsibilities:\n  - Reviews widgets\n  - Trains analysts\n- Requirements\n  - Knows widgets',
    ].join('\n\n');
    const result = parseJobFamily(markdown);
    if (!result.ok) throw new Error(result.error);
    const [senior] = result.page.levels;
    expect(senior?.title).toBe('Senior Widget Analyst');
    expect(senior?.grade).toBe(7);
    expect(senior?.responsibilities.map((item) => item.text)).toEqual(['Reviews widgets', 'Trains analysts']);
    expect(senior?.requirements.map((item) => item.text)).toEqual(['Knows widgets']);
  });

  // Speed is a figure of `npm run bench`, not a test: a timed assertion fails on a busy machine.
  it('reads 10,000 bullets, every one of them', () => {
    const bullets = Array.from(
      { length: 10_000 },
      (_, i) => `- Requirement number ${i} with a [link](https://example.com/${i}) and **bold**`,
    );
    const page = `---\ntitle: Big\n---\n## Requirements\n\n${bullets.join('\n')}\n`;
    const result = parseJobFamily(page);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.page.levels[0]?.requirements).toHaveLength(10_000);
  });

  it('flattens 500-deep nested lists and 5,000-deep quotes, with a warning', () => {
    const deepList = Array.from({ length: 500 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n');
    const deepQuotes = Array.from({ length: 3000 }, (_, i) => `${'>'.repeat(i)} quoted ${i}`).join('\n');
    for (const body of [deepList, deepQuotes, `${'>'.repeat(5000)} x`]) {
      const result = parseJobFamily(`## Requirements\n\n${body}\n`);
      expectWellFormed(result);
      const warnings = result.ok ? result.page.warnings : result.warnings;
      expect(warnings.join(' ')).toMatch(/flattened/);
    }
  });

  it('survives binary junk and a 1 MB page', () => {
    const next = random(7);
    const junk = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join(
      '',
    );
    expectWellFormed(parseJobFamily(junk));
    const huge = `## Requirements\n\n${'- a fairly ordinary requirement line\n'.repeat(40_000)}`;
    const result = parseJobFamily(huge);
    expectWellFormed(result);
    if (result.ok) expect(result.page.warnings.join(' ')).toMatch(/read only the first/);
  });

  it('never throws on truncated real pages', () => {
    for (const page of fixturePages(SALES_FIXTURES)) {
      for (const fraction of [0.1, 0.37, 0.5, 0.83]) {
        expectWellFormed(parseJobFamily(page.markdown.slice(0, Math.floor(page.markdown.length * fraction))));
      }
    }
  });

  it('never throws on pages with headings removed or markup mangled', () => {
    const next = random(42);
    for (const page of fixturePages(SALES_FIXTURES)) {
      const lines = page.markdown.split('\n');
      const noHeadings = lines.filter((line) => !/^#/.test(line) || next() < 0.5).join('\n');
      expectWellFormed(parseJobFamily(noHeadings));
      const mangled = lines
        .map((line) => {
          const roll = next();
          if (roll < 0.05) return line.replace(/^#+/, '');
          if (roll < 0.1) return `  ${line}`;
          if (roll < 0.13) return `${line} [unclosed](http://x`;
          if (roll < 0.16) return `<details>${line}`;
          if (roll < 0.18) return '```';
          return line;
        })
        .join('\n');
      expectWellFormed(parseJobFamily(mangled));
    }
  });

  it('never throws on generated markdown', () => {
    const next = random(2026);
    const pieces = [
      '#',
      '##',
      '###',
      '####',
      '-',
      '  -',
      '    -',
      '1.',
      '>',
      '```',
      '|',
      '<div>',
      '</div>',
      '---',
      '**',
      '_',
      '[',
      ']',
      '(',
      ')',
      '&amp;',
      '{{% x %}}',
      'Requirements',
      'Responsibilities',
      'Job Grade',
      'grade 7',
      'Extends that of the',
      'Senior',
      'Analyst',
      'Levels',
      'Specialties',
      'mermaid',
      '-->',
      '\n',
      '\n\n',
    ];
    for (let page = 0; page < 200; page++) {
      const length = 20 + Math.floor(next() * 300);
      let markdown = '';
      for (let i = 0; i < length; i++)
        markdown += `${pieces[Math.floor(next() * pieces.length)]}${next() < 0.3 ? '\n' : ' '}`;
      expectWellFormed(parseJobFamily(markdown));
    }
  });
});
