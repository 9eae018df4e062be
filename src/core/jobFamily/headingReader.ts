/**
 * The half of the page reader that reads headings: what a heading says (a level, a level's section,
 * specialties, the career ladder, the page's own lists) and so where the blocks after it belong,
 * whatever its depth. It keeps the draft and the reader's place in the page; ./pageReader.ts reads
 * the blocks themselves into that place.
 */
import type { Tokens } from 'marked';
import { emptyLists, type Draft, type DraftLevel, type DraftSpecialty, type ListKind } from './draft';
import { readGrade } from './grade';
import { placeholderInTitle } from './placeholder';
import { inlineText } from './plainText';
import { looksLikeRole, namesLevel, onlySeniorityAdded, roleKey, roleWords } from './roleNames';
import { readHeading, type HeadingMeaning, type SectionKind } from './sections';

/** Where the blocks after the last heading go. */
export type Target =
  | { kind: 'none' }
  | { kind: 'levelIntro'; level: DraftLevel }
  | { kind: 'grade'; level: DraftLevel | null }
  | { kind: 'list'; list: string[]; extendsAllowed: boolean }
  | { kind: 'specialty'; specialty: DraftSpecialty; list: string[] | null }
  | { kind: 'specialtyGrade'; specialty: DraftSpecialty }
  | { kind: 'careerLadder' }
  | { kind: 'pageIntro' };

export abstract class HeadingReader {
  protected readonly draft: Draft = {
    headingTitle: null,
    pageLists: emptyLists(),
    pageGrade: null,
    levels: [],
    specialties: [],
    careerLadder: [],
    warnings: [],
    levelsBeforeLevelsHeading: null,
    referenceAnchors: new Map(),
  };
  protected level: DraftLevel | null = null;
  protected specialtiesDepth: number | null = null;
  protected specialty: DraftSpecialty | null = null;
  protected target: Target = { kind: 'pageIntro' };
  /** A short "Technical:" line right before a list gives its bullets their context. */
  protected listContext = '';
  /** Lists under one heading that names several levels ("Coordinator and Intermediate ..."). */
  protected readonly sharedLists: { kind: ListKind; owners: DraftLevel[]; items: string[] }[] = [];

  constructor(protected pageTitle: string) {}

  protected heading(token: Tokens.Heading): void {
    // Hugo's explicit heading ids ("## Senior Analyst {#senior}") are not part of the name.
    const text = inlineText(token.tokens, token.text).replace(/\s*\{#[^{}]*\}$/, '');
    if (text === '') return;
    if (token.depth === 1) {
      // A `#` heading is the page's own title in the handbook, never a level.
      if (this.draft.headingTitle === null) this.draft.headingTitle = text;
      if (this.pageTitle === '') this.pageTitle = text;
      this.closeLevel();
      this.specialtiesDepth = null;
      this.target = { kind: 'pageIntro' };
      return;
    }
    this.section(readHeading(text), text, token.depth);
  }

  protected section(meaning: HeadingMeaning, text: string, depth: number): void {
    if (this.specialtiesDepth !== null && depth <= this.specialtiesDepth) {
      this.specialtiesDepth = null;
      this.specialty = null;
    }
    const inSpecialties = this.specialtiesDepth !== null;
    const { kind, prefix } = meaning;

    if (kind === null) {
      if (inSpecialties) this.openSpecialty(text, depth);
      // "Span of Control" under a level is a note about it, not a new level.
      else if (this.level && depth > this.level.depth && !looksLikeRole(text)) this.target = { kind: 'none' };
      else this.openLevel(text, depth);
      return;
    }
    if (inSpecialties && kind !== 'specialties' && kind !== 'levels') {
      this.specialtySection(kind, prefix, depth);
      return;
    }
    switch (kind) {
      case 'levels':
        this.draft.levelsBeforeLevelsHeading ??= [...this.draft.levels];
        this.closeLevel();
        this.specialtiesDepth = null;
        this.target = { kind: 'none' };
        return;
      case 'specialties':
        if (this.level && depth <= this.level.depth) this.closeLevel();
        this.specialtiesDepth = prefix === '' ? depth : depth - 1;
        this.specialty = null;
        if (prefix !== '') this.openSpecialty(prefix, depth);
        else this.target = { kind: 'none' };
        return;
      case 'ignored':
        if (prefix !== '') {
          // "Senior X Overview" still tells which level the following sections belong to.
          this.level = this.ownerNamed(prefix, kind, depth);
          this.target = { kind: 'none' };
          return;
        }
        if (this.level && depth <= this.level.depth) this.closeLevel();
        this.target = { kind: 'none' };
        return;
      case 'careerLadder':
      case 'hiring':
        if (this.level && depth <= this.level.depth) this.closeLevel();
        this.target = kind === 'careerLadder' ? { kind: 'careerLadder' } : { kind: 'none' };
        return;
      default:
        this.levelSection(kind, prefix, depth);
    }
  }

  /** Responsibilities, requirements, performance indicators or grade: find whose they are. */
  protected levelSection(
    kind: 'responsibilities' | 'requirements' | 'performanceIndicators' | 'grade',
    prefix: string,
    depth: number,
  ): void {
    // A grade is one level's own: only lists are shared by a heading naming several levels.
    const together = kind === 'grade' ? null : this.levelsNamedTogether(prefix);
    if (together && kind !== 'grade') {
      const items: string[] = [];
      this.sharedLists.push({ kind, owners: together, items });
      this.target = { kind: 'list', list: items, extendsAllowed: true };
      return;
    }
    let owner = this.level;
    if (owner && prefix === '') {
      const under = depth > owner.depth || (depth === owner.depth && kind !== 'performanceIndicators');
      if (!under) owner = null;
    } else if (prefix !== '') {
      owner = this.ownerNamed(prefix, kind, depth);
    }
    if (owner === null) {
      this.closeLevel();
      this.target =
        kind === 'grade'
          ? { kind: 'grade', level: null }
          : { kind: 'list', list: this.draft.pageLists[kind], extendsAllowed: true };
      return;
    }
    this.level = owner;
    if (kind === 'grade') {
      owner.gradeHeading = true;
      this.target = { kind: 'grade', level: owner };
    } else {
      this.target = { kind: 'list', list: owner.lists[kind], extendsAllowed: true };
    }
  }

  /** The level a heading like "Senior Analyst Requirements" belongs to; null for the page itself. */
  protected ownerNamed(prefix: string, kind: SectionKind, depth: number): DraftLevel | null {
    const current = this.level;
    if (current && (roleKey(prefix) === current.key || namesLevel(prefix, current.title, this.pageTitle))) {
      return current;
    }
    // "As a DBRE you will", "Candidate Qualifying Criteria": a description, not a role's name.
    if (!looksLikeRole(prefix)) return current && depth > current.depth ? current : null;
    const key = roleKey(prefix);
    const existing = this.draft.levels.find((level) => level.key === key);
    if (current && existing && depth > current.depth && !this.hasSection(current, kind)) {
      // A copy-paste slip: the heading names an earlier level, but sits under this one, which
      // has no such section yet.
      this.warn(`"${prefix}" heading under level "${current.title}" was read as that level's.`);
      return current;
    }
    if (
      current &&
      !existing &&
      depth > current.depth &&
      !this.hasSection(current, kind) &&
      onlySeniorityAdded(prefix, current.title)
    ) {
      // The same slip naming the next level up ("Senior Manager Requirements" under "Manager").
      this.warn(`"${prefix}" heading under level "${current.title}" was read as that level's.`);
      return current;
    }
    if (!current && !existing && namesLevel(prefix, this.pageTitle)) return null;
    const nested = current !== null && depth > current.depth;
    const siblingDepth = current && nested ? current.depth : Math.max(1, depth - 1);
    if (existing) return existing;
    const created = this.createLevel(prefix, siblingDepth);
    if (current && nested) created.variantOf = current.variantOf ?? current;
    return created;
  }

  /**
   * The levels a heading like "Coordinator and Intermediate Performance Indicators" names, each
   * part one level of the page; null unless the name is such a list of levels the page has.
   */
  protected levelsNamedTogether(prefix: string): DraftLevel[] | null {
    const parts = prefix.split(/\s*(?:,|&|\/|\band\b)\s*/i).filter((part) => roleKey(part) !== '');
    if (parts.length < 2) return null;
    const key = roleKey(prefix);
    if (this.draft.levels.some((level) => level.key === key)) return null;
    const owners: DraftLevel[] = [];
    for (const part of parts) {
      const owner = this.levelNamedBy(part);
      if (!owner || owners.includes(owner)) return null;
      owners.push(owner);
    }
    return owners;
  }

  /** The one level a short name means: the level of that exact name, else the only one with its words. */
  protected levelNamedBy(name: string): DraftLevel | null {
    const key = roleKey(name);
    const exact = this.draft.levels.find((level) => level.key === key);
    if (exact) return exact;
    const words = roleWords(name);
    const containing = this.draft.levels.filter((level) => {
      const own = roleWords(level.title);
      return words.every((word) => own.includes(word));
    });
    return containing.length === 1 ? (containing[0] ?? null) : null;
  }

  protected hasSection(level: DraftLevel, kind: SectionKind): boolean {
    if (kind === 'grade') return level.gradeHeading || level.grade !== null;
    if (kind === 'responsibilities' || kind === 'requirements' || kind === 'performanceIndicators') {
      return level.lists[kind].length > 0;
    }
    return false;
  }

  protected openLevel(heading: string, depth: number): void {
    // "Senior Analyst (Grade 7)": the grade is not part of the name.
    const gradeInTitle = readGrade(heading);
    const title =
      gradeInTitle === null
        ? heading
        : heading.replace(/[\s,–—-]*\(?\s*(job\s+)?grade\s*:?\s*\d{1,2}(\.\d)?\s*\)?\s*$/i, '').trim() ||
          heading;
    const marked = placeholderInTitle(title);
    const name = marked?.title ?? title;
    const key = roleKey(name);
    if (key === '') {
      this.closeLevel();
      this.target = { kind: 'none' };
      return;
    }
    const level =
      this.draft.levels.find((candidate) => candidate.key === key) ?? this.createLevel(name, depth);
    if (marked) level.placeholder ??= marked.marker;
    level.depth = Math.min(level.depth, depth);
    if (level.grade === null && gradeInTitle !== null) level.grade = gradeInTitle;
    this.level = level;
    this.target = { kind: 'levelIntro', level };
  }

  protected createLevel(title: string, depth: number): DraftLevel {
    const level: DraftLevel = {
      title,
      key: roleKey(title),
      depth,
      grade: null,
      gradeHeading: false,
      lists: emptyLists(),
      intro: [],
      extendsText: null,
    };
    this.draft.levels.push(level);
    return level;
  }

  protected closeLevel(): void {
    this.level = null;
  }

  protected openSpecialty(title: string, depth: number): void {
    const current = this.specialty;
    if (current && roleKey(title) !== '' && roleKey(title) === roleKey(current.title)) {
      this.target = { kind: 'specialty', specialty: current, list: null };
      return;
    }
    const parent = current && current.depth < depth ? current : null;
    const fullTitle = parent ? `${parent.title}: ${title}` : title;
    const key = roleKey(fullTitle) || fullTitle.toLowerCase();
    let specialty = this.draft.specialties.find((candidate) => candidate.key === key);
    if (!specialty) {
      specialty = {
        title: fullTitle,
        key,
        depth,
        responsibilities: [],
        requirements: [],
        items: [],
        grade: null,
      };
      this.draft.specialties.push(specialty);
    }
    // Nested names keep their parent as context but do not become the parent of their siblings.
    if (!parent) this.specialty = specialty;
    this.target = { kind: 'specialty', specialty, list: null };
  }

  protected specialtySection(kind: SectionKind, prefix: string, depth: number): void {
    if (kind === 'grade' && this.specialty) {
      // The grade of the specialty being read, whatever name (or misspelling) its heading repeats.
      this.target = { kind: 'specialtyGrade', specialty: this.specialty };
      return;
    }
    if (prefix !== '') this.openSpecialty(prefix, depth);
    const specialty =
      this.target.kind === 'specialty'
        ? this.target.specialty
        : (this.specialty ?? this.fallbackSpecialty(depth));
    const list =
      kind === 'responsibilities'
        ? specialty.responsibilities
        : kind === 'requirements'
          ? specialty.requirements
          : null;
    if (kind === 'grade') {
      this.target = { kind: 'specialtyGrade', specialty };
      return;
    }
    if (kind === 'hiring' || kind === 'ignored' || kind === 'careerLadder') {
      this.target = { kind: 'none' };
      return;
    }
    this.target = { kind: 'specialty', specialty, list };
  }

  protected fallbackSpecialty(depth: number): DraftSpecialty {
    this.openSpecialty('Specialty', depth);
    return (this.target as { specialty: DraftSpecialty }).specialty;
  }

  protected warn(message: string): void {
    this.draft.warnings.push(message);
  }
}
