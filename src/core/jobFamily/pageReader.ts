/**
 * Walks a page's block tokens once and sorts what it meets into a draft: levels with their
 * grade and lists, page-wide lists, specialties, career ladder. Headings are read by what they
 * say, not by their depth, because pages put levels at `##`, `###` or even `####`
 * (./headingReader.ts); this half reads the paragraphs, lists, code and HTML under them.
 */
import type { Token, Tokens } from 'marked';
import type { Draft } from './draft';
import { HeadingReader } from './headingReader';
import { htmlListBullets, listBullets, unmarkedListLines } from './bullets';
import { readMermaidLadder } from './careerLadder';
import { readGrade } from './grade';
import { extendsReference } from './inheritance';
import { isPlaceholderBullet, isPlaceholderProse } from './placeholder';
import { inlineText } from './plainText';
import { readPseudoHeading, type HeadingMeaning } from './sections';

const MAX_BLOCK_DEPTH = 8;
/** Deeper than any real heading: pseudo-headings ("**Requirements:**") never close a level. */
const PSEUDO_HEADING_DEPTH = 7;

export function readPage(tokens: readonly Token[], pageTitle: string): Draft {
  return new PageReader(pageTitle).read(tokens);
}

class PageReader extends HeadingReader {
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
}

function isEmphasisOnly(token: Tokens.Paragraph): boolean {
  const parts = token.tokens.filter((part) => !(part.type === 'text' && part.raw.trim() === ''));
  return parts.length === 1 && (parts[0]?.type === 'strong' || parts[0]?.type === 'em');
}
