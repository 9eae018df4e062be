import { normalizeText } from '../../../../src/core/cells';
import { tableFromValues } from '../../../../src/core/table';
import { GAPS, TEAM_GAPS_TAB } from '../../../../src/core/team/layout';
import type { RatedRequirement } from '../../../../src/core/team/planFigures';
import {
  gapCells,
  gapsWrite,
  pairingText,
  sharedGaps,
  whoText,
  type SharedGapSource,
  type TeamPerson,
} from '../../../../src/core/team/sharedGaps';
import type { Rating } from '../../../../src/core/vocabulary';

/** Skills from keys (`req:role:skill`), else from a few words, as the library's matcher would. */
const source: SharedGapSource = {
  topicOf(key, text) {
    const skill = key.startsWith('req:')
      ? key.slice(key.lastIndexOf(':') + 1)
      : /forecast/i.test(text)
        ? 'forecasting'
        : null;
    return { skill, area: skill === 'forecasting' ? 'analysis' : 'process' };
  },
  skillName: (skill) => ({ forecasting: 'forecasting', 'operating-cadence': 'the operating cadence' })[skill],
  suggestion: (topic, kind) =>
    topic.skill === 'no-ideas'
      ? null
      : {
          action: `${kind} for ${topic.skill ?? topic.area}.`,
          helper: kind === 'Mentorship' ? 'A senior analyst in Sales Strategy' : 'Me',
          resource: kind === 'Learning' ? 'Level Up (https://levelup.gitlab.com/)' : '',
        },
};

const req = (key: string, rating: Rating | null, requirement = key): RatedRequirement => ({
  key,
  requirement,
  area: '',
  rating,
});

const person = (name: string, ...ratings: RatedRequirement[]): TeamPerson => ({ name, ratings });

describe('gaps the team shares', () => {
  it('matches requirements by skill across roles and wordings, and lists gaps of two or more people', () => {
    const gaps = sharedGaps(
      [
        person('Ana', req('req:sales-ops/senior:forecasting', 'Not yet', 'Forecasts the quarter')),
        person('Ben', req('', 'Developing', 'Builds forecasting models')),
        person('Chloe', req('req:deal-desk/manager:forecasting', 'Exceeds', 'Owns the forecast')),
        person('Dev', req('req:x:sql', 'Not yet')),
      ],
      source,
    );
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({
      label: 'Forecasting',
      area: 'Analysis and reporting',
      requirements: ['Forecasts the quarter', 'Builds forecasting models', 'Owns the forecast'],
      notYet: ['Ana'],
      developing: ['Ben'],
      meets: [{ name: 'Chloe', rating: 'Exceeds' }],
      pair: { mentor: { name: 'Chloe', rating: 'Exceeds' }, learner: { name: 'Ana', rating: 'Not yet' } },
    });
  });

  it('falls back to the requirement’s own words, whatever their case and spacing', () => {
    const gaps = sharedGaps(
      [
        person('Ana', req('', 'Developing', 'Writes  clear release notes')),
        person('Ben', req('', 'Developing', 'writes clear release notes')),
      ],
      source,
    );
    expect(gaps.map((g) => [normalizeText(g.label), g.developing])).toEqual([
      ['writes clear release notes', ['Ana', 'Ben']],
    ]);
  });

  it('takes a person’s lowest rating among their requirements of one skill, and ignores unrated ones', () => {
    const gaps = sharedGaps(
      [
        person('Ana', req('req:a:forecasting', 'Meets'), req('req:b:forecasting', 'Not yet')),
        person('Ben', req('req:a:forecasting', null)),
        person('Chloe', req('req:a:forecasting', 'Developing')),
      ],
      source,
    );
    expect(gaps[0]).toMatchObject({ notYet: ['Ana'], developing: ['Chloe'], meets: [] });
  });

  it('puts the gaps most people share first, then those with more Not yet, then by name', () => {
    const gaps = sharedGaps(
      [
        person(
          'Ana',
          req('req:a:b-skill', 'Developing', 'B skill'),
          req('req:a:a-skill', 'Developing', 'A skill'),
          req('req:a:c-skill', 'Not yet', 'C skill'),
        ),
        person(
          'Ben',
          req('req:a:b-skill', 'Developing', 'B skill'),
          req('req:a:a-skill', 'Developing', 'A skill'),
          req('req:a:c-skill', 'Developing', 'C skill'),
        ),
        person('Chloe', req('req:a:b-skill', 'Not yet', 'B skill')),
      ],
      source,
    );
    expect(gaps.map((g) => g.label)).toEqual(['B skill', 'C skill', 'A skill']);
  });

  it('keeps two people of the same name apart', () => {
    const gaps = sharedGaps(
      [person('Sam', req('req:a:x', 'Not yet')), person('Sam', req('req:a:x', 'Developing'))],
      source,
    );
    expect(whoText(gaps[0]!)).toBe('Sam (Not yet), Sam (Developing)');
  });

  it('names the pair, or where to look when no one on the team meets it', () => {
    const [paired] = sharedGaps(
      [
        person('Ana', req('req:a:forecasting', 'Developing')),
        person('Ben', req('req:a:forecasting', 'Meets')),
        person('Chloe', req('req:a:forecasting', 'Not yet')),
        person('Dev', req('req:a:forecasting', 'Exceeds')),
      ],
      source,
    );
    expect(pairingText(paired!)).toBe(
      'Pair Dev (Exceeds) with Chloe (Not yet): Dev helps Chloe through one real piece of work on it.',
    );
    const [alone] = sharedGaps(
      [
        person('Ana', req('req:a:forecasting', 'Developing')),
        person('Ben', req('req:a:forecasting', 'Not yet')),
      ],
      source,
    );
    expect(alone!.pair).toBeNull();
    expect(pairingText(alone!)).toBe(
      'No one on the team is at Meets yet: look for a mentor outside it (A senior analyst in Sales Strategy).',
    );
  });

  it('suggests a workshop and a shared project from the library, with the workshop’s resource', () => {
    const gaps = sharedGaps(
      [
        person('Ana', req('req:a:operating-cadence', 'Developing')),
        person('Ben', req('req:a:operating-cadence', 'Not yet')),
      ],
      source,
    );
    const [row] = gapCells(gaps);
    expect(row).toMatchObject({
      [GAPS.gap]: 'Operating cadence',
      [GAPS.people]: 2,
      [GAPS.notYet]: 1,
      [GAPS.developing]: 1,
      [GAPS.who]: 'Ben (Not yet), Ana (Developing)',
      [GAPS.workshop]: 'For the 2 of them, as a group: Learning for operating-cadence.',
      [GAPS.project]: 'One project the 2 of them share: Hands-on project for operating-cadence.',
      [GAPS.resource]: 'Level Up (https://levelup.gitlab.com/)',
    });
  });

  it('says so when no gap is shared', () => {
    expect(sharedGaps([person('Ana', req('req:a:x', 'Not yet'))], source)).toEqual([]);
    expect(gapCells([])).toEqual([{ [GAPS.gap]: 'No gap is shared by two or more people yet.' }]);
  });
});

describe('what a refresh writes into the Team gaps tab', () => {
  const twoGaps = sharedGaps(
    [
      person('Ana', req('req:a:x', 'Not yet'), req('req:a:y', 'Not yet')),
      person('Ben', req('req:a:x', 'Developing'), req('req:a:y', 'Developing')),
    ],
    source,
  );

  it('writes every header into a new tab', () => {
    const write = gapsWrite(tableFromValues([['']]), twoGaps);
    expect(write.appendedHeaders).toEqual([...TEAM_GAPS_TAB.headers]);
    expect(write.blocks).toHaveLength(1);
    expect(write.blocks[0]!.values).toHaveLength(2);
    expect(write.rows).toBe(2);
  });

  it('empties the rows of gaps no longer shared, and never writes a column of the manager’s', () => {
    const header = [...TEAM_GAPS_TAB.headers.slice(0, 3), 'Decision', ...TEAM_GAPS_TAB.headers.slice(3)];
    const old = tableFromValues([header, ...[1, 2, 3, 4].map((i) => header.map((h) => `${h} ${i}`))]);
    const write = gapsWrite(old, twoGaps.slice(0, 1));
    expect(write.appendedHeaders).toEqual([]);
    expect(write.blocks.map((b) => [b.column, b.first, b.values.length, b.values[0]!.length])).toEqual([
      [0, 0, 4, 3],
      [4, 0, 4, TEAM_GAPS_TAB.headers.length - 3],
    ]);
    expect(
      write.blocks[0]!.values.slice(1)
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });
});
