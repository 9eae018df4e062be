/**
 * Page shapes found on handbook pages from other departments, each written here in our own words:
 * the parser must read sane levels from them.
 */
import { parseJobFamily } from '../../../../src/core/jobFamily/parse';
import type { JobFamilyLevel, JobFamilyPage } from '../../../../src/core/jobFamily/types';

function page(markdown: string): JobFamilyPage {
  const result = parseJobFamily(markdown);
  if (!result.ok) throw new Error(result.error);
  return result.page;
}

function texts(level: JobFamilyLevel | undefined, kind: 'responsibilities' | 'requirements'): string[] {
  return (level?.[kind] ?? []).map((item) => item.text);
}

const GRADE = (n: number): string => `[grade ${n}](https://example.com/grades)`;

describe('page shapes from other departments', () => {
  it('reads a role described before "## Levels", without a grade, as the family description', () => {
    const result = page(
      [
        '---\ntitle: Cartographer\n---',
        '## Cartographer\n\nCartographers draw our maps.',
        '### Responsibilities\n\n- Draw maps that people can read',
        '### Requirements\n\n- A steady hand',
        '## Levels',
        `### Junior Cartographer\n\n#### Job Grade\n\nThe Junior Cartographer is a ${GRADE(5)}.`,
        '#### Responsibilities\n\n- Trace coastlines under review',
        `### Senior Cartographer\n\n#### Job Grade\n\nThe Senior Cartographer is a ${GRADE(7)}.`,
        '#### Responsibilities\n\n- Chart new territory alone',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => [level.title, level.grade])).toEqual([
      ['Junior Cartographer', 5],
      ['Senior Cartographer', 7],
    ]);
    expect(texts(result.levels[1], 'responsibilities')).toEqual([
      'Draw maps that people can read',
      'Chart new territory alone',
    ]);
    expect(texts(result.levels[0], 'requirements')).toEqual(['A steady hand']);
    expect(result.responsibilities.map((item) => item.text)).toEqual(['Draw maps that people can read']);
  });

  it('keeps a graded role before "## Levels" as a level', () => {
    const result = page(
      [
        '## Head Cartographer',
        `The Head Cartographer is a ${GRADE(10)}.`,
        '### Responsibilities\n\n- Run the map room',
        '## Levels',
        `### Cartographer\n\nThe Cartographer is a ${GRADE(6)}.`,
        '#### Responsibilities\n\n- Draw maps',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual(['Head Cartographer', 'Cartographer']);
  });

  it('reads a list written one item a line without bullet marks, but not hard-wrapped prose', () => {
    const result = page(
      [
        '---\ntitle: Chief of Maps\n---',
        `### Chief of Maps\n\n#### Chief of Maps Job Grade\n\nThe Chief of Maps is a ${GRADE(11)}.`,
        '## Responsibilities',
        'Set the direction of the map room\nReview every [published map](/maps)\n**Own** the map budget',
        '## Requirements',
        'Years of experience leading teams that draw maps for\nmany kinds of readers, and the patience to explain\nthem to all of them.',
        '- Knows the survey tools',
      ].join('\n\n'),
    );
    expect(result.levels).toHaveLength(1);
    expect(result.levels[0]?.grade).toBe(11);
    expect(texts(result.levels[0], 'responsibilities')).toEqual([
      'Set the direction of the map room',
      'Review every published map',
      'Own the map budget',
    ]);
    expect(texts(result.levels[0], 'requirements')).toEqual(['Knows the survey tools']);
  });

  it('drops braces a page template left at either end of a text', () => {
    const result = page(
      [
        '---\ntitle: Map Keeper\n---',
        '## Responsibilities\n\n- Keep the archive in order}\n- {* Lend maps to readers\n- Keep {braces} that belong to the text',
      ].join('\n\n'),
    );
    expect(texts(result.levels[0], 'responsibilities')).toEqual([
      'Keep the archive in order',
      'Lend maps to readers',
      'Keep {braces} that belong to the text',
    ]);
  });

  it('splits a bullet mark left inside a line into two items', () => {
    const result = page(
      '---\ntitle: Map Keeper\n---\n\n## Responsibilities\n\n- Files the new maps. * Repairs torn ones.\n- Uses *emphasis* well\n',
    );
    expect(texts(result.levels[0], 'responsibilities')).toEqual([
      'Files the new maps.',
      'Repairs torn ones.',
      'Uses emphasis well',
    ]);
  });

  it("reads a section heading naming the next level up, under a level without that section, as that level's", () => {
    const result = page(
      [
        `### Manager, Mapping\n\nThe Manager, Mapping is a ${GRADE(8)}.`,
        '#### Manager, Mapping Responsibilities\n\n- Plan the survey season',
        '#### Senior Manager, Mapping Requirements\n\n- Has led surveys',
        `### Senior Manager, Mapping\n\nThe Senior Manager, Mapping is a ${GRADE(9)}.`,
        '#### Senior Manager, Mapping Responsibilities\n\n- Plan several survey seasons',
        '#### Senior Manager, Mapping Requirements\n\n- Has led many surveys',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual([
      'Manager, Mapping',
      'Senior Manager, Mapping',
    ]);
    expect(texts(result.levels[0], 'requirements')).toEqual(['Has led surveys']);
    expect(texts(result.levels[1], 'requirements')).toEqual(['Has led many surveys']);
    expect(result.warnings.join(' ')).toMatch(
      /"Senior Manager, Mapping" heading under level "Manager, Mapping"/,
    );
  });

  it("gives variants named only in section headings under a level that level's grade", () => {
    const result = page(
      [
        `### Director, Mapping\n\n#### Director, Mapping Job Grade\n\nThe Director, Mapping is a ${GRADE(10)}.`,
        '#### Director, Mapping Responsibilities\n\n- Leads the mapping teams',
        '#### Director, Sea Mapping Responsibilities\n\n- Leads the sea charts',
        '#### Director, Mapping Tools Responsibilities\n\n- Leads the tools team',
        `### Senior Director, Mapping\n\nThe Senior Director, Mapping is a ${GRADE(11)}.`,
        '#### Senior Director, Mapping Responsibilities\n\n- Leads the directors',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => [level.title, level.grade])).toEqual([
      ['Director, Mapping', 10],
      ['Director, Sea Mapping', 10],
      ['Director, Mapping Tools', 10],
      ['Senior Director, Mapping', 11],
    ]);
  });

  it('resolves inheritance that names a level loosely or points above', () => {
    const result = page(
      [
        '## Levels',
        `### Survey Systems Analyst (Intermediate)\n\nThe Survey Systems Analyst is a ${GRADE(6)}.`,
        '#### Responsibilities\n\n- Keeps the survey systems running',
        '#### Requirements\n\n- Knows survey systems',
        `### Senior Survey Systems Analyst\n\nThe Senior Survey Systems Analyst is a ${GRADE(7)}.`,
        '#### Senior Responsibilities\n\nThe Senior Survey Systems Analyst has all the same responsibilities as the ones outlined above plus the following:\n\n- Designs survey systems',
        '#### Senior Requirements\n\n- Exends that of the Survey Systems Analysts requirements\n- Has designed survey systems',
        `### Staff Survey Systems Analyst\n\nThe Staff Survey Systems Analyst is a ${GRADE(8)}.`,
        '#### Responsibilities\n\n- Extends that of the Senior Surveying Systems Analysts responsibilities\n- Sets survey standards',
      ].join('\n\n'),
    );
    const [, senior, staff] = result.levels;
    expect(texts(senior, 'responsibilities')).toEqual([
      'Keeps the survey systems running',
      'Designs survey systems',
    ]);
    expect(texts(senior, 'requirements')).toEqual(['Knows survey systems', 'Has designed survey systems']);
    expect(texts(staff, 'responsibilities')).toEqual([
      'Keeps the survey systems running',
      'Designs survey systems',
      'Sets survey standards',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads a role with its own job grade filed under Specialties as a level', () => {
    const result = page(
      [
        `## Levels\n\n### Map Clerk\n\nThe Map Clerk is a ${GRADE(5)}.`,
        '#### Responsibilities\n\n- Files maps',
        '## Specialties',
        '### Sea Charts\n\n- Files sea charts too',
        `### Map Room Analyst\n\n#### Map Rom Analyst Job Grade\n\nThe Map Room Analyst is a ${GRADE(6)}.`,
        '#### Map Room Analyst Responsibilities\n\n- Counts the maps',
        '#### Map Room Analyst Requirements\n\n- Likes counting',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => [level.title, level.grade])).toEqual([
      ['Map Clerk', 5],
      ['Map Room Analyst', 6],
    ]);
    expect(texts(result.levels[1], 'requirements')).toEqual(['Likes counting']);
    expect(result.specialties.map((specialty) => specialty.title)).toEqual(['Sea Charts']);
  });

  it('follows an inheriting link to a heading of the page when its words name the level differently', () => {
    const result = page(
      [
        `### Lead Surveyor, Coasts\n\nThe Lead Surveyor, Coasts is a ${GRADE(9)}.`,
        '#### Lead Surveyor, Coasts Responsibilities\n\n- Leads the coast survey',
        `### Head of Coastal Surveys\n\nThe Head of Coastal Surveys is a ${GRADE(10)}.`,
        '#### Head of Coastal Surveys Responsibilities\n\n- Extends that of the [Senior Coast Surveyor](#lead-surveyor-coasts) responsibilities\n- Plans every survey',
      ].join('\n\n'),
    );
    expect(texts(result.levels[1], 'responsibilities')).toEqual([
      'Leads the coast survey',
      'Plans every survey',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads misspelt section headings as the sections they meant', () => {
    const result = page(
      [
        '## Levels',
        `### Globe Maker\n\nThe Globe Maker is a ${GRADE(6)}.`,
        '#### Globe Maker Responsibilties\n\n- Glues the gores',
        '#### Globe Maker Requirments\n\n- Steady with glue',
        '#### Globe Maker Performance Indicaters\n\n- Globes without seams',
        `### Senior Globe Maker\n\nThe Senior Globe Maker is a ${GRADE(7)}.`,
        '#### Senior Globe Maker Responsiblities\n\n- Designs new globes',
        '#### Senior Globe Maker Qualifcations\n\n- Has made a hundred globes',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual(['Globe Maker', 'Senior Globe Maker']);
    expect(texts(result.levels[0], 'responsibilities')).toEqual(['Glues the gores']);
    expect(texts(result.levels[0], 'requirements')).toEqual(['Steady with glue']);
    expect(result.levels[0]?.performanceIndicators.map((item) => item.text)).toEqual([
      'Globes without seams',
    ]);
    expect(texts(result.levels[1], 'responsibilities')).toEqual(['Designs new globes']);
    expect(texts(result.levels[1], 'requirements')).toEqual(['Has made a hundred globes']);
    expect(result.warnings).toEqual([]);
  });

  it('does not take a word a slip away from a section word for one when it is a different word', () => {
    const result = page(
      [
        '## Levels',
        `### Retirement Planner\n\nThe Retirement Planner is a ${GRADE(6)}.`,
        '#### Retirement Planner Responsibilities\n\n- Plans pensions',
        `### Senior Retirement Planner\n\nThe Senior Retirement Planner is a ${GRADE(7)}.`,
        '#### Senior Retirement Planner Responsibilities\n\n- Plans many pensions',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual([
      'Retirement Planner',
      'Senior Retirement Planner',
    ]);
  });

  it('reads section headings that name their level another way: abbreviated, plural, possessive or misspelt', () => {
    const result = page(
      [
        '## Levels',
        `### Senior Map Analyst\n\nThe Senior Map Analyst is a ${GRADE(7)}.`,
        '#### Sr. Map Analyst Responsibilities\n\n- Reviews the map analyses',
        "#### Senior Map Analyst's Requirements\n\n- Reads any projection",
        `### Staff Map Analyst\n\nThe Staff Map Analyst is a ${GRADE(8)}.`,
        '#### Staff Map Analysts Responsibilities\n\n- Sets the analysis standards',
        '#### Staff Map Anaylst Requirements\n\n- Has led map reviews',
        `### Manager, Map Analysis\n\nThe Manager, Map Analysis is a ${GRADE(8)}.`,
        '#### Map Analysis Mgr Responsibilities\n\n- Runs the analyst team',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual([
      'Senior Map Analyst',
      'Staff Map Analyst',
      'Manager, Map Analysis',
    ]);
    expect(texts(result.levels[0], 'responsibilities')).toEqual(['Reviews the map analyses']);
    expect(texts(result.levels[0], 'requirements')).toEqual(['Reads any projection']);
    expect(texts(result.levels[1], 'responsibilities')).toEqual(['Sets the analysis standards']);
    expect(texts(result.levels[1], 'requirements')).toEqual(['Has led map reviews']);
    expect(texts(result.levels[2], 'responsibilities')).toEqual(['Runs the analyst team']);
    expect(result.warnings).toEqual([]);
  });

  it('still reads a heading that names another seniority as another level', () => {
    const result = page(
      [
        '## Levels',
        `### Junior Map Analyst\n\nThe Junior Map Analyst is a ${GRADE(5)}.`,
        '#### Junior Map Analyst Responsibilities\n\n- Checks the legends',
        '#### Senior Map Analyst Responsibilities\n\n- Reviews the legends',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual(['Junior Map Analyst', 'Senior Map Analyst']);
  });

  it('reads Expectations with a bold label above each list as items labelled like nested bullets', () => {
    const result = page(
      [
        '## Levels',
        `### Senior Surveyor\n\nThe Senior Surveyor is a ${GRADE(7)}.`,
        '#### Senior Surveyor Responsibilities\n\n- Surveys the hard terrain',
        '#### Senior Surveyor Expectations',
        "**Technical**\n\n- Calibrates every instrument\n- Checks a colleague's readings",
        '**Leadership:**\n\n- Trains new surveyors',
        `### Lead Surveyor\n\nThe Lead Surveyor is a ${GRADE(8)}.`,
        '#### Expectations\n\n**Technical**\n\n- Chooses the instruments',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual(['Senior Surveyor', 'Lead Surveyor']);
    expect(texts(result.levels[0], 'responsibilities')).toEqual(['Surveys the hard terrain']);
    expect(texts(result.levels[0], 'requirements')).toEqual([
      'Technical: Calibrates every instrument',
      "Technical: Checks a colleague's readings",
      'Leadership: Trains new surveyors',
    ]);
    expect(texts(result.levels[1], 'requirements')).toEqual(['Technical: Chooses the instruments']);
  });

  it('gives a section heading that names several levels to each of them, not to a level of its own', () => {
    const result = page(
      [
        '---\ntitle: Booking Desk\n---',
        '## Levels',
        `### Coordinator\n\nThe Coordinator is a ${GRADE(5)}.`,
        '#### Coordinator Responsibilities\n\n- Books the rooms',
        `### Intermediate\n\nThe Intermediate is a ${GRADE(6)}.`,
        '#### Intermediate Responsibilities\n\n- Books rooms and travel',
        '### Coordinator and Intermediate Performance Indicators\n\n- Rooms booked on time',
        `### Senior\n\nThe Senior is a ${GRADE(7)}.`,
        '#### Senior Responsibilities\n\n- Plans the bookings',
        '#### Senior Performance Indicators\n\n- Budget kept',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual(['Coordinator', 'Intermediate', 'Senior']);
    expect(result.levels.map((level) => level.performanceIndicators.map((item) => item.text))).toEqual([
      ['Rooms booked on time'],
      ['Rooms booked on time'],
      ['Budget kept'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a title with "and" in it as one level', () => {
    const result = page(
      [
        '## Levels',
        `### Sales and Booking Coordinator\n\nThe Sales and Booking Coordinator is a ${GRADE(6)}.`,
        '#### Sales and Booking Coordinator Responsibilities\n\n- Books for the sales team',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual(['Sales and Booking Coordinator']);
    expect(texts(result.levels[0], 'responsibilities')).toEqual(['Books for the sales team']);
  });

  it.each([
    ['prose under the level', 'This level will be defined at the time of business need.'],
    ['prose under its list heading', '#### Requirements\n\nRequirements to be defined.'],
    ['a TBD bullet', '#### Responsibilities\n\n- TBD'],
    ['a WIP bullet', '#### Requirements\n\n- WIP'],
  ])('says a level is left empty on purpose (%s) instead of the generic warning', (_name, body) => {
    const result = page(
      [
        '## Levels',
        `### Chart Keeper\n\nThe Chart Keeper is a ${GRADE(6)}.`,
        '#### Responsibilities\n\n- Keeps the charts',
        `### Head Chart Keeper\n\nThe Head Chart Keeper is a ${GRADE(9)}.`,
        body,
      ].join('\n\n'),
    );
    const head = result.levels[1];
    expect(head?.title).toBe('Head Chart Keeper');
    expect(texts(head, 'responsibilities')).toEqual([]);
    expect(texts(head, 'requirements')).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^"Head Chart Keeper" has no responsibilities or requirements yet: the page leaves it empty on purpose \(".+"\)\.$/,
    );
    expect(result.warnings[0]).not.toMatch(/has no lists/);
  });

  it('reads a level whose heading says it is not written yet, and keeps bullets that only mention such words', () => {
    const result = page(
      [
        '## Levels',
        `### Chart Keeper\n\nThe Chart Keeper is a ${GRADE(6)}.`,
        '#### Responsibilities\n\n- Tracks work in progress on the charts\n- Keeps the TBD list short',
        '### Head Chart Keeper (WIP)',
      ].join('\n\n'),
    );
    expect(result.levels.map((level) => level.title)).toEqual(['Chart Keeper', 'Head Chart Keeper']);
    expect(texts(result.levels[0], 'responsibilities')).toEqual([
      'Tracks work in progress on the charts',
      'Keeps the TBD list short',
    ]);
    expect(result.warnings.join(' ')).toMatch(/"Head Chart Keeper" .*empty on purpose \("WIP"\)/);
  });

  it('decodes an HTML entity in the front-matter title', () => {
    const result = page(
      '---\ntitle: "Maps &amp; Charts &#8211; Keepers"\n---\n\n## Responsibilities\n\n- Keeps maps',
    );
    expect(result.title).toBe('Maps & Charts – Keepers');
  });
});
