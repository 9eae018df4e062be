import {
  createSkillMatcher,
  MIN_SCORE,
  matchSkill,
  wordsOf,
  type SkillTerms,
} from '../../../src/core/skillMatch';

/** A small lexicon of made-up skills, so each rule can be seen on its own. */
const lexicon: SkillTerms[] = [
  { skill: 'forecasting', area: 'analysis', terms: ['forecast', 'roll up$'] },
  { skill: 'reporting', area: 'analysis', terms: ['dashboard', 'bi$', '~salesforce'] },
  { skill: 'admin', area: 'systems', terms: ['salesforce', 'validation rules'] },
  { skill: 'desk', area: 'commercial', terms: ['deal desk'] },
  { skill: 'approvals', area: 'commercial', terms: ['approval', 'desk$'] },
  { skill: 'leading', area: 'leadership', terms: ['leading * teams', 'lead a team'] },
  { skill: 'travel', area: 'process', terms: ['~travel'] },
];
const match = createSkillMatcher(lexicon);

describe('wordsOf', () => {
  it('lowercases and splits on anything but letters and digits, dropping apostrophes', () => {
    expect(wordsOf("Salesforce.com admin's Q2C/CPQ go-to-market")).toEqual([
      'salesforce',
      'com',
      'admins',
      'q2c',
      'cpq',
      'go',
      'to',
      'market',
    ]);
  });
});

describe('createSkillMatcher', () => {
  it('matches words by their start, whatever the case and punctuation', () => {
    expect(match('Owns FORECASTING for the segment.')?.skillId).toBe('forecasting');
    expect(match('Builds dashboards.')?.skillId).toBe('reporting');
    // A term matches the start of a word, never its middle.
    expect(match('Reads the preforecast notes')).toBeNull();
  });

  it('asks for the whole word where the term ends in "$", and for short and function words', () => {
    expect(match('Experience with BI tools')?.skillId).toBe('reporting');
    expect(match('Billing experience')).toBeNull();
    expect(match('Prepares the roll up')?.skillId).toBe('forecasting');
    expect(match('Rolls updates out')).toBeNull();
    // "a" would match "across" as a prefix; as a function word it matches only itself.
    expect(match('Shows program leadership across teams')).toBeNull();
    expect(match('Able to lead a team of five')?.skillId).toBe('leading');
  });

  it('lets "*" stand for up to three words', () => {
    expect(match('Leading customer success teams')?.terms).toEqual(['leading * teams']);
    expect(match('Leading customer success ops teams')?.terms).toEqual(['leading * teams']);
    expect(match('Leading customer success and ops teams')).toBeNull();
  });

  it('scores a phrase above the same number of single terms found apart', () => {
    // "deal desk" (a phrase: 2 x 2 + 1 = 5) beats "approval" + "desk" (2 + 2 = 4).
    const found = match('Deal desk approval');
    expect(found).toEqual({ skillId: 'desk', score: 5, terms: ['deal desk'] });
    expect(match('Approval desk')).toEqual({ skillId: 'approvals', score: 4, terms: ['approval', 'desk$'] });
  });

  it('adds every distinct term found once', () => {
    expect(match('Salesforce validation rules, more Salesforce validation rules')).toEqual({
      skillId: 'admin',
      score: 2 + 5,
      terms: ['salesforce', 'validation rules'],
    });
  });

  it('never matches on a weak term alone, but lets it help another term', () => {
    expect(match('Comply with the travel policy')).toBeNull();
    expect(match('Travels a lot')).toBeNull();
    // "salesforce" is weak for reporting (1) and plain for admin (2): admin wins on its own...
    expect(match('Salesforce experience')?.skillId).toBe('admin');
    // ...and the weak term tips a tie towards reporting.
    expect(match('Salesforce dashboards')).toEqual({
      skillId: 'reporting',
      score: 3,
      terms: ['dashboard', '~salesforce'],
    });
  });

  it('answers null for generic text, with no term found', () => {
    for (const text of ['Strong experience', 'Ability to work in a fast-paced environment', '', '   ']) {
      expect(match(text)).toBeNull();
    }
    expect(MIN_SCORE).toBe(2);
  });

  describe('ties', () => {
    // "forecast" (analysis) and "salesforce" (systems) both score 2.
    const tie = 'Forecast in Salesforce';

    it('go to the skill of the area hint', () => {
      expect(match(tie, 'systems')?.skillId).toBe('admin');
      expect(match(tie, 'analysis')?.skillId).toBe('forecasting');
    });

    it('go to the skill listed first when no hint decides', () => {
      expect(match(tie)?.skillId).toBe('forecasting');
      expect(match(tie, 'leadership')?.skillId).toBe('forecasting');
      expect(match(tie, null)?.skillId).toBe('forecasting');
    });

    it('prefer the longer term before lexicon order', () => {
      const twoWays = createSkillMatcher([
        { skill: 'single', area: 'process', terms: ['rollout', 'adoption'] },
        { skill: 'phrase', area: 'process', terms: ['change management'] },
        { skill: 'other', area: 'process', terms: ['~change'] },
      ]);
      // 2 + 2 = 4 for "single"; 5 for the phrase: the phrase wins on score.
      expect(twoWays('Rollout and adoption through change management')?.skillId).toBe('phrase');
      const even = createSkillMatcher([
        { skill: 'single', area: 'process', terms: ['rollout', 'adoption', 'training'] },
        { skill: 'phrase', area: 'process', terms: ['change management', '~cutover'] },
      ]);
      // 6 each; the phrase is the longer term.
      expect(even('Rollout, adoption and training: change management and cutover')).toEqual({
        skillId: 'phrase',
        score: 6,
        terms: ['change management', '~cutover'],
      });
    });

    it('do not override a higher score', () => {
      expect(match('Forecast in Salesforce with validation rules', 'analysis')?.skillId).toBe('admin');
    });
  });

  it('refuses a lexicon with generic one-word terms, but accepts them inside a phrase', () => {
    for (const term of ['strong', 'experience', 'abil', 'skills', 'manage', '~tools']) {
      expect(() => createSkillMatcher([{ skill: 'x', area: 'process', terms: [term] }])).toThrow(
        /generic word/,
      );
    }
    const phrase = createSkillMatcher([{ skill: 'x', area: 'systems', terms: ['sales tools'] }]);
    expect(phrase('Knows the sales tools well')?.skillId).toBe('x');
  });

  it('refuses malformed terms and a skill listed twice', () => {
    const bad = (terms: string[]) => () => createSkillMatcher([{ skill: 'x', area: 'process', terms }]);
    expect(bad(['Forecast'])).toThrow(/not a lowercase word/);
    expect(bad(['deal-desk'])).toThrow(/not a lowercase word/);
    expect(bad(['* teams'])).toThrow(/start and end with a word/);
    expect(bad(['leading *'])).toThrow(/start and end with a word/);
    expect(bad(['leading * * teams'])).toThrow(/start and end with a word/);
    expect(bad([''])).toThrow();
    expect(() =>
      createSkillMatcher([
        { skill: 'x', area: 'process', terms: ['forecast'] },
        { skill: 'x', area: 'analysis', terms: ['pipeline'] },
      ]),
    ).toThrow(/listed twice/);
  });
});

describe('matchSkill', () => {
  it('gives the same answer as a compiled matcher, compiling each lexicon once', () => {
    expect(matchSkill('Forecast in Salesforce', lexicon, 'systems')).toEqual(
      match('Forecast in Salesforce', 'systems'),
    );
    expect(matchSkill('Nothing to see', lexicon)).toBeNull();
  });
});
