import { SKILL_NAMES } from '../../../src/catalog/skillNames';
import { SKILLS } from '../../../src/catalog/skills';

describe('skill names', () => {
  it('names every skill of the vocabulary, and nothing else', () => {
    expect(Object.keys(SKILL_NAMES).sort()).toEqual(SKILLS.map((s) => s.id).sort());
  });

  it('reads well mid-sentence: lower case unless a proper name, no trailing punctuation', () => {
    for (const name of Object.values(SKILL_NAMES)) {
      expect(name).toMatch(/^(?:[a-z]|Salesforce |CPQ |OKRs |the )/);
      expect(name).not.toMatch(/[.!?,;:]$/);
    }
  });
});
