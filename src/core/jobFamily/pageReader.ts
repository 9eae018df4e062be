/**
 * Walks a page's block tokens once and sorts what it meets into a draft: levels with their
 * grade and lists, page-wide lists, specialties, career ladder. Headings are read by what they
 * say, not by their depth, because pages put levels at `##`, `###` or even `####`.
 */
import type { Token, Tokens } from 'marked';
import { emptyLists, type Draft, type DraftLevel, type DraftSpecialty, type ListKind } from './draft';
import { htmlListBullets, listBullets, unmarkedListLines } from './bullets';
import { readMermaidLadder } from './careerLadder';
import { readGrade } from './grade';
import { extendsReference } from './inheritance';
import { isPlaceholderBullet, isPlaceholderProse, placeholderInTitle } from './placeholder';
import { inlineText } from './plainText';
import { looksLikeRole, namesLevel, onlySeniorityAdded, roleKey, roleWords } from './roleNames';
import { readHeading, readPseudoHeading, type HeadingMeaning, type SectionKind } from './sections';

type Target =
  | { kind: 'none' }
  | { kind: 'levelIntro'; level: DraftLevel }
  | { kind: 'grade'; level: DraftLevel | null }
  | { kind: 'list'; list: string[]; extendsAllowed: boolean }
  | { kind: 'specialty'; specialty: DraftSpecialty; list: string[] | null }
  | { kind: 'specialtyGrade'; specialty: DraftSpecialty }
  | { kind: 'careerLadder' }
  | { kind: 'pageIntro' };

const MAX_BLOCK_DEPTH = 8;
/** Deeper than any real heading: pseudo-headings ("**Requirements:**") never close a level. */
const PSEUDO_HEADING_DEPTH = 7;

export function readPage(tokens: readonly Token[], pageTitle: string): Draft {
  return new PageReader(pageTitle).read(tokens);
}

class PageReader {
  private readonly draft: Draft = {
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
  private level: DraftLevel | null = null;
  private specialtiesDepth: number | null = null;
  private specialty: DraftSpecialty | null = null;
  private target: Target = { kind: 'pageIntro' };
  /** A short "Technical:" line right before a list gives its bullets their context. */
  private listContext = '';
  /** Lists under one heading that names several levels ("Coordinator and Intermediate ..."). */
  private readonly sharedLists: { kind: ListKind; owners: DraftLevel[]; items: string[] }[] = [];

  constructor(private pageTitle: string) {}

  read(tokens: readonly Token[]): Draft {
    this.blocks(tokens, 0);
    for (const { kind, owners, items } of this.sharedLists) {
      for (const owner of owners) owner.lists[kind].push(...items);
    }
    return this.draft;
  }

  private blocks(tokens: readonly Token[], depth: number): void {
    for (const token of tokens) {
      if (token.type !== 'list' && token.type !== 'space') this.listContext = '';
      switch (token.type) {
        case 'heading':
          this.heading(token as Tokens.Heading);
          break;
        case 'paragraph':
        case 'text':
          this.paragraph(token as Tokens.Paragraph);
          break;
        case 'list':
          this.list(token as Tokens.List);
          break;
        case 'code':
          this.code(token as Tokens.Code);
          break;
        case 'html':
          this.html((token as Tokens.HTML).text);
          break;
        case 'blockquote':
          if (depth < MAX_BLOCK_DEPTH) this.blocks((token as Tokens.Blockquote).tokens, depth + 1);
          break;
        default:
          break;
      }
    }
  }

  private heading(token: Tokens.Heading): void {
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

  private section(meaning: HeadingMeaning, text: string, depth: number): void {
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
  private levelSection(
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
  private ownerNamed(prefix: string, kind: SectionKind, depth: number): DraftLevel | null {
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
  private levelsNamedTogether(prefix: string): DraftLevel[] | null {
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
  private levelNamedBy(name: string): DraftLevel | null {
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

  private hasSection(level: DraftLevel, kind: SectionKind): boolean {
    if (kind === 'grade') return level.gradeHeading || level.grade !== null;
    if (kind === 'responsibilities' || kind === 'requirements' || kind === 'performanceIndicators') {
      return level.lists[kind].length > 0;
    }
    return false;
  }

  private openLevel(heading: string, depth: number): void {
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

  private createLevel(title: string, depth: number): DraftLevel {
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

  private closeLevel(): void {
    this.level = null;
  }

  private openSpecialty(title: string, depth: number): void {
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

  private specialtySection(kind: SectionKind, prefix: string, depth: number): void {
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

  private fallbackSpecialty(depth: number): DraftSpecialty {
    this.openSpecialty('Specialty', depth);
    return (this.target as { specialty: DraftSpecialty }).specialty;
  }

  private paragraph(token: Tokens.Paragraph): void {
    const text = inlineText(token.tokens, token.text);
    if (text === '') return;
    const pseudo = readPseudoHeading(text);
    if (pseudo && (isEmphasisOnly(token) || /:\s*$/.test(text))) {
      this.section(pseudo, text, PSEUDO_HEADING_DEPTH);
      return;
    }
    if (
      this.level === null &&
      this.draft.pageGrade === null &&
      /\b(is|are) an? \[?(job )?grade\b/i.test(text)
    ) {
      this.draft.pageGrade = readGrade(text);
    }
    const inherits = extendsReference(text) !== null;
    // "Technical:" or a bold "**Leadership**" above a list labels its bullets, as a parent bullet would.
    const label = /:$/.test(text) || isEmphasisOnly(token) ? text.replace(/:$/, '').trim() : '';
    if (!inherits && /^[^.]{1,60}$/.test(label) && label.split(/\s+/).length <= 4) {
      this.listContext = label;
      return;
    }
    const target = this.target;
    switch (target.kind) {
      case 'levelIntro': {
        if (isPlaceholderProse(text)) target.level.placeholder ??= text;
        const grade = readGrade(text);
        if (grade !== null && target.level.grade === null) target.level.grade = grade;
        if (target.level.extendsText === null && inherits) target.level.extendsText = text;
        return;
      }
      case 'grade':
        this.gradeText(text);
        return;
      case 'specialtyGrade':
        target.specialty.grade ??= readGrade(text);
        return;
      case 'list': {
        // A prose "Everything in X, plus:" works like the bullet; other prose is description,
        // unless it is a list written without bullet marks, one item a line.
        if (inherits) target.list.push(text);
        else if (isPlaceholderProse(text)) this.notePlaceholder(text);
        else target.list.push(...unmarkedListLines(token.raw));
        return;
      }
      case 'specialty':
        (target.list ?? target.specialty.items).push(text);
        if (target.list) target.specialty.items.push(text);
        return;
      case 'careerLadder':
        this.draft.careerLadder.push(text);
        return;
      default:
        return;
    }
  }

  private list(token: Tokens.List): void {
    if (this.sectionBullets(token)) return;
    this.noteReferenceAnchors(token);
    const target = this.target;
    const context = this.listContext;
    this.listContext = '';
    const bullets = (): string[] =>
      listBullets(token)
        .filter((bullet) => !this.placeholderNoted(bullet))
        .map((bullet) => (context === '' ? bullet : `${context}: ${bullet}`));
    switch (target.kind) {
      case 'levelIntro':
        target.level.intro.push(...bullets());
        return;
      case 'list':
        target.list.push(...bullets());
        return;
      case 'specialty': {
        const texts = bullets();
        target.specialty.items.push(...texts);
        target.list?.push(...texts);
        return;
      }
      case 'careerLadder':
        this.draft.careerLadder.push(...bullets());
        return;
      case 'grade':
        // Bullets under a grade heading are the level's list under a missing heading, unless
        // they state the grade.
        for (const bullet of bullets()) {
          if (!this.gradeText(bullet) && target.level) target.level.intro.push(bullet);
        }
        return;
      default:
        return;
    }
  }

  /**
   * A list whose top bullets are section names ("- Requirements" with the requirements nested
   * under it) is read as those sections of the current level, or of the page.
   */
  private sectionBullets(token: Tokens.List): boolean {
    const sections: Array<{ meaning: HeadingMeaning; text: string; children: Tokens.List[] }> = [];
    for (const item of token.items) {
      const children = item.tokens.filter((child): child is Tokens.List => child.type === 'list');
      const own = inlineText(item.tokens.filter((child) => child.type !== 'list'));
      const meaning = readPseudoHeading(own);
      if (!meaning || children.length === 0 || meaning.kind === 'grade' || meaning.kind === 'specialties')
        return false;
      sections.push({ meaning, text: own, children });
    }
    if (sections.length === 0) return false;
    for (const section of sections) {
      this.section(section.meaning, section.text, PSEUDO_HEADING_DEPTH);
      for (const child of section.children) this.list(child);
    }
    return true;
  }

  /** An inheriting bullet that links to a heading of this page names that level, whatever its words. */
  private noteReferenceAnchors(token: Tokens.List): void {
    for (const item of token.items) {
      const anchor = /\]\(#([A-Za-z0-9_-]+)\)/.exec(item.raw)?.[1];
      if (!anchor) continue;
      const text = inlineText(item.tokens.filter((child) => child.type !== 'list'));
      if (extendsReference(text) !== null) this.draft.referenceAnchors.set(text, anchor.toLowerCase());
    }
  }

  /** Takes a grade from a text under a grade heading; false when the text states none. */
  private gradeText(text: string): boolean {
    const target = this.target;
    if (target.kind !== 'grade') return false;
    const grade = readGrade(text);
    if (grade === null) return false;
    if (target.level === null) this.draft.pageGrade ??= grade;
    else target.level.grade ??= grade;
    return true;
  }

  private code(token: Tokens.Code): void {
    if (this.target.kind !== 'careerLadder') return;
    if (/^mermaid\b/i.test(token.lang ?? '') || /^\s*(graph|flowchart)\b/i.test(token.text)) {
      this.draft.careerLadder.push(...readMermaidLadder(token.text));
    }
  }

  private html(html: string): void {
    // Raw HTML may wrap a list (`<ul><li>`); anything else in it is layout, not content.
    const bullets = htmlListBullets(html);
    if (bullets.length === 0) return;
    const target = this.target;
    if (target.kind === 'list') target.list.push(...bullets);
    else if (target.kind === 'levelIntro') target.level.intro.push(...bullets);
    else if (target.kind === 'specialty') {
      target.specialty.items.push(...bullets);
      target.list?.push(...bullets);
    } else if (target.kind === 'careerLadder') this.draft.careerLadder.push(...bullets);
  }

  /** Remembers that the level being read is left empty on purpose. */
  private notePlaceholder(text: string): void {
    if (this.level) this.level.placeholder ??= text;
  }

  /** True for a bullet that only says "TBD" or the like: noted on the level, and no item. */
  private placeholderNoted(bullet: string): boolean {
    if (!isPlaceholderBullet(bullet)) return false;
    this.notePlaceholder(bullet);
    return true;
  }

  private warn(message: string): void {
    this.draft.warnings.push(message);
  }
}

function isEmphasisOnly(token: Tokens.Paragraph): boolean {
  const parts = token.tokens.filter((part) => !(part.type === 'text' && part.raw.trim() === ''));
  return parts.length === 1 && (parts[0]?.type === 'strong' || parts[0]?.type === 'em');
}
