import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalog } from '../../../src/catalog';
import { SKILLS } from '../../../src/catalog/skills';
import { TEAMS } from '../../../src/catalog/teams';
import { findRole, listRoles, type Family, type Level } from '../../../src/core/catalog';

/** The facts the catalog was written from, and the handbook pages they digest (tests/fixtures/README.md). */
const FIXTURES = resolve(__dirname, '../../fixtures');
const FACTS_FILE = join(FIXTURES, 'rsoe/roles-facts.json');
const FIXTURES_DIR = join(FIXTURES, 'job-families');

interface FactsLevel {
  title: string;
  grade: number | null;
  responsibilities?: string;
  requirements?: string;
}
interface FactsFamily {
  family: string;
  rsoe_team: string;
  url: string;
  levels: FactsLevel[];
}

function readFacts(): FactsFamily[] {
  if (!existsSync(FACTS_FILE)) {
    throw new Error(`roles-facts.json not found at ${FACTS_FILE}`);
  }
  return (JSON.parse(readFileSync(FACTS_FILE, 'utf8')) as { families: FactsFamily[] }).families;
}

const facts = readFacts();
const levels = catalog.families.flatMap((family) => family.levels.map((level) => ({ family, level })));
const requirements = levels.flatMap(({ family, level }) =>
  level.requirements.map((requirement, index) => ({ family, level, requirement, index })),
);
const where = (family: Family, level: Level) => `${family.id}/${level.id}`;

/** Titles the catalog spells out in full where roles-facts gives only the rank (GTM planning). */
const TITLE_ALIASES: Record<string, Record<string, string>> = {
  'Go-to-Market Planning and Operations': {
    'Senior Analyst': 'Senior Analyst, GTM Planning and Operations',
    Manager: 'GTM Planning and Operations Manager',
    'Senior Manager': 'Senior Manager, GTM Planning and Operations',
    Director: 'Director, GTM Planning and Operations',
    'Senior Director': 'Senior Director, GTM Planning and Operations',
  },
};

/** Families whose roles-facts team is not literally one of TEAMS. */
const TEAM_OVERRIDES: Record<string, string> = {
  'Field Communications': 'Field Enablement',
  'VP Revenue Operations': 'RSOE Leadership',
  'VP Field Operations': 'RSOE Leadership',
};

function catalogFamilyFor(fact: FactsFamily): Family | undefined {
  return catalog.families.find((family) => family.url === fact.url);
}

describe('coverage of roles-facts.json', () => {
  it('has exactly one family for each roles-facts family, linked to the same handbook page', () => {
    expect(catalog.families).toHaveLength(facts.length);
    for (const fact of facts) {
      const family = catalogFamilyFor(fact);
      expect({ fact: fact.family, found: family?.name }).toEqual({ fact: fact.family, found: fact.family });
    }
  });

  it('has every roles-facts level with the same title and grade, except the null-grade one', () => {
    for (const fact of facts) {
      const family = catalogFamilyFor(fact)!;
      const expected = fact.levels
        .filter((l) => l.grade !== null)
        .map((l) => ({ title: TITLE_ALIASES[fact.family]?.[l.title] ?? l.title, grade: l.grade }));
      const actual = family.levels.map((l) => ({ title: l.title, grade: l.grade }));
      expect({ family: family.id, levels: actual }).toEqual({ family: family.id, levels: expected });
    }
  });

  it('drops "Manager, Sales Systems" from Business Systems Administrator and keeps it, at grade 8, in Sales Systems Leadership', () => {
    const nullGrade = facts.flatMap((f) => f.levels.filter((l) => l.grade === null).map((l) => ({ f, l })));
    expect(nullGrade.map(({ f, l }) => `${f.family}: ${l.title}`)).toEqual([
      'Business Systems Administrator (Sales Systems): Manager, Sales Systems',
    ]);
    const admin = catalog.families.find((f) => f.id === 'business-systems-administrator')!;
    expect(admin.levels.map((l) => l.title)).not.toContain('Manager, Sales Systems');
    const leadership = catalog.families.find((f) => f.id === 'sales-systems-leadership')!;
    expect(leadership.levels.find((l) => l.title === 'Manager, Sales Systems')?.grade).toBe(8);
  });

  it('puts each family in the RSOE team roles-facts names for it', () => {
    for (const fact of facts) {
      const family = catalogFamilyFor(fact)!;
      const expected = TEAM_OVERRIDES[fact.family] ?? TEAMS.find((team) => fact.rsoe_team.startsWith(team));
      expect({ family: family.id, team: family.team }).toEqual({ family: family.id, team: expected });
    }
  });

  it('uses all seven teams, each family kept together in team order', () => {
    const order = catalog.families.map((f) => f.team).filter((team, i, all) => all.indexOf(team) === i);
    expect(order).toEqual([...TEAMS]);
  });
});

describe('levels', () => {
  it('gives every level a role id that findRole resolves', () => {
    const roles = listRoles(catalog);
    expect(roles).toHaveLength(levels.length);
    for (const role of roles) expect(findRole(catalog, role.id)?.level).toBe(role.level);
  });

  it('lists the levels of each family from lowest to highest grade', () => {
    for (const family of catalog.families) {
      const grades = family.levels.map((l) => l.grade);
      expect({ family: family.id, grades }).toEqual({
        family: family.id,
        grades: [...grades].sort((a, b) => a - b),
      });
    }
  });

  it('links each level to a handbook page, with an anchor in handbook heading form when there is one', () => {
    for (const { family, level } of levels) {
      const [page, anchor] = level.url.split('#');
      expect(page).toMatch(/^https:\/\/handbook\.gitlab\.com\/job-families\/sales\/[a-z0-9/-]+\/$/);
      if (anchor !== undefined)
        expect({ level: where(family, level), anchor }).toEqual({
          level: where(family, level),
          anchor: expect.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/) as unknown,
        });
    }
  });

  it('links most levels straight to their own heading', () => {
    const anchored = levels.filter(({ level }) => level.url.includes('#'));
    expect(anchored.length).toBeGreaterThanOrEqual(levels.length - 5);
  });

  it('gives each level 5 to 7 requirements', () => {
    for (const { family, level } of levels) {
      expect({ level: where(family, level), count: level.requirements.length }).toEqual({
        level: where(family, level),
        count: expect.any(Number) as unknown,
      });
      expect(level.requirements.length).toBeGreaterThanOrEqual(5);
      expect(level.requirements.length).toBeLessThanOrEqual(7);
    }
  });
});

describe('requirement texts', () => {
  it('are one plain sentence of 50 to 110 characters, capitalised, without a final period or markdown', () => {
    const bad = requirements
      .filter(({ requirement: { text } }) => {
        return (
          text.length < 50 ||
          text.length > 110 ||
          !/^[A-Z]/.test(text) ||
          text.endsWith('.') ||
          /[*_`#[\]<>]|\s{2}|\n/.test(text) ||
          /[^\x20-\x7e]/.test(text)
        );
      })
      .map(
        ({ family, level, requirement }) => `${where(family, level)} ${requirement.id}: ${requirement.text}`,
      );
    expect(bad).toEqual([]);
  });

  it('are not repeated word for word anywhere in the catalog', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const { family, level, requirement } of requirements) {
      const first = seen.get(requirement.text);
      if (first) repeats.push(`${where(family, level)} repeats ${first}: ${requirement.text}`);
      else seen.set(requirement.text, where(family, level));
    }
    expect(repeats).toEqual([]);
  });
});

/** Every 40-character run of `text`, lowercased with whitespace collapsed. */
function runsOf(text: string, size = 40): Set<string> {
  const normal = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const runs = new Set<string>();
  for (let i = 0; i + size <= normal.length; i++) runs.add(normal.slice(i, i + size));
  return runs;
}

function copiedFrom(sources: string[]): string[] {
  const runs = new Set<string>();
  for (const source of sources) for (const run of runsOf(source)) runs.add(run);
  return requirements
    .filter(({ requirement }) => [...runsOf(requirement.text)].some((run) => runs.has(run)))
    .map(
      ({ family, level, requirement }) => `${where(family, level)} ${requirement.id}: ${requirement.text}`,
    );
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

describe('wording is our own', () => {
  it('has no 40-character run of any roles-facts responsibility or requirement digest', () => {
    const digests = facts.flatMap((f) =>
      f.levels.flatMap((l) => [l.responsibilities ?? '', l.requirements ?? '']),
    );
    expect(digests.filter((d) => d.length >= 40).length).toBeGreaterThan(50);
    expect(copiedFrom(digests)).toEqual([]);
  });

  it('has no 40-character run of any line of the handbook job-family pages', () => {
    if (!existsSync(FIXTURES_DIR)) throw new Error(`handbook fixtures not found at ${FIXTURES_DIR}`);
    const lines = markdownFiles(FIXTURES_DIR).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.replace(/^\s*(?:[-*]|#+)\s*/, '')),
    );
    expect(copiedFrom(lines)).toEqual([]);
  });
});

describe('skill ids', () => {
  const skillIds = SKILLS.map((s) => s.id);
  const areaOf = new Map(SKILLS.map((s) => [s.id, s.area]));
  const levelsBySkill = new Map<string, Set<string>>();
  for (const { family, level, requirement } of requirements) {
    const set = levelsBySkill.get(requirement.id) ?? new Set<string>();
    set.add(where(family, level));
    levelsBySkill.set(requirement.id, set);
  }

  it('come from a small shared vocabulary, with the area the vocabulary gives them', () => {
    expect(new Set(skillIds).size).toBe(skillIds.length);
    for (const id of skillIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(skillIds.length).toBeGreaterThanOrEqual(40);
    expect(skillIds.length).toBeLessThanOrEqual(70);
    for (const { family, level, requirement } of requirements) {
      expect({ at: `${where(family, level)} ${requirement.id}`, area: requirement.area }).toEqual({
        at: `${where(family, level)} ${requirement.id}`,
        area: areaOf.get(requirement.id),
      });
    }
  });

  it('are each used by at least two levels, so every skill can be compared across roles', () => {
    const lonely = skillIds.filter((id) => (levelsBySkill.get(id)?.size ?? 0) < 2);
    expect(lonely).toEqual([]);
  });

  it('are shared across families: more than half of the skills appear in three or more families', () => {
    const familiesBySkill = new Map<string, Set<string>>();
    for (const { family, requirement } of requirements) {
      familiesBySkill.set(requirement.id, (familiesBySkill.get(requirement.id) ?? new Set()).add(family.id));
    }
    const broad = [...familiesBySkill.values()].filter((set) => set.size >= 3).length;
    expect(broad / familiesBySkill.size).toBeGreaterThan(0.5);
  });

  it('carry over within a family: each level builds on at least two skills of a level below it', () => {
    // Compared with the best earlier level, not just the previous one: some families have two
    // tracks (specialists and operations in Ecosystems), and a role builds on its own track.
    const weak: string[] = [];
    for (const family of catalog.families) {
      family.levels.forEach((level, i) => {
        if (i === 0) return;
        const ids = new Set(level.requirements.map((r) => r.id));
        const best = Math.max(
          ...family.levels.slice(0, i).map((lower) => lower.requirements.filter((r) => ids.has(r.id)).length),
        );
        if (best < 2) weak.push(`${family.id}/${level.id} shares at most ${best} with the levels below`);
      });
    }
    expect(weak).toEqual([]);
  });
});

describe('depth rises with grade', () => {
  const leads = (level: Level) => level.requirements.some((r) => r.area === 'leadership');

  it('keeps people leadership out of individual-contributor levels (grade 7 and below, and Staff roles)', () => {
    const wrong = levels
      .filter(({ level }) => level.grade <= 7 || /^Staff\b/.test(level.title))
      .filter(({ level }) => leads(level))
      .map(({ family, level }) => where(family, level));
    expect(wrong).toEqual([]);
  });

  it('gives every director and above a people-leadership requirement', () => {
    const missing = levels
      .filter(({ level }) => level.grade >= 10 && !leads(level))
      .map(({ family, level }) => where(family, level));
    expect(missing).toEqual([]);
  });

  it('gives senior managers and above a leadership, strategy or executive-facing requirement', () => {
    const senior = new Set(['leadership', 'planning', 'stakeholders']);
    const flat = levels
      .filter(({ level }) => level.grade >= 9 && !level.requirements.some((r) => senior.has(r.area)))
      .map(({ family, level }) => where(family, level));
    expect(flat).toEqual([]);
  });

  it('reserves the org-wide strategy skill for grade 9 and above', () => {
    const early = requirements
      .filter(({ level, requirement }) => requirement.id === 'function-strategy' && level.grade < 9)
      .map(({ family, level }) => where(family, level));
    expect(early).toEqual([]);
  });
});
