import { benchSkills, share, SKILL_MATCH_TARGET } from '../../../scripts/bench/skills';

describe('benchSkills', () => {
  const figures = benchSkills();

  it('counts every non-common requirement of every level of the fixture pages', () => {
    // The RSOE fixtures hold about a thousand such requirements; other departments about five hundred.
    expect(figures.rsoe.total).toBeGreaterThan(1000);
    expect(figures.other.total).toBeGreaterThan(400);
    expect(figures.requirements).toHaveLength(figures.rsoe.total);
    expect(figures.requirements.filter((r) => r.match !== null)).toHaveLength(figures.rsoe.matched);
  });

  it('gives most RSOE requirements a skill', () => {
    expect(figures.rsoe.matched / figures.rsoe.total).toBeGreaterThanOrEqual(SKILL_MATCH_TARGET);
  });

  it('prints a share as "matched of total (percent)"', () => {
    expect(share({ matched: 612, total: 880 })).toBe('612 of 880 (70%)');
    expect(share({ matched: 0, total: 0 })).toBe('0 of 0 (0%)');
  });
});
