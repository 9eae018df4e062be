/**
 * The people a Team tab lists, and which growth plans a refresh opens for them. A row is a person's
 * when it has a name or a growth plan URL; every other row (blank, or a note of the manager's) is
 * left alone. Each plan is opened once however many rows name it, and at most MAX_PLANS per refresh.
 */
import { cellText } from '../cells';
import { checkSpreadsheetUrl } from '../conversation/spreadsheetUrl';
import type { Table } from '../table';
import { TEAM } from './layout';

export interface TeamMember {
  /** 0-based data row of the Team table (sheet row index + 2). */
  index: number;
  name: string;
  /** The URL as the row holds it: the cell's text, or the address of its HYPERLINK formula. */
  url: string;
}

/** What a refresh does for one member. */
export type MemberPlan =
  | { member: TeamMember; kind: 'read'; id: string; url: string }
  | { member: TeamMember; kind: 'same'; id: string; row: number }
  | { member: TeamMember; kind: 'skip'; reason: 'no-url' | 'bad-url' | 'over-limit' };

/** The sheet row (1-based) of a data row. */
export function sheetRow(index: number): number {
  return index + 2;
}

const HYPERLINK = /^=\s*HYPERLINK\s*\(\s*"([^"]*)"/i;

/** The URL a HYPERLINK formula links to, or null. */
export function hyperlinkUrl(formula: string): string | null {
  return HYPERLINK.exec(formula)?.[1]?.trim() ?? null;
}

/**
 * The people listed, in row order. `formulas` (one row per data row, '' for none) lets a URL given
 * as =HYPERLINK("...", "label") count as its address rather than its label.
 */
export function teamMembers(table: Table, formulas: readonly (readonly string[])[] = []): TeamMember[] {
  const nameColumn = table.header.column(TEAM.name);
  const urlColumn = table.header.column(TEAM.plan);
  const members: TeamMember[] = [];
  table.rows.forEach((row, index) => {
    const name = nameColumn < 0 ? '' : cellText(row[nameColumn]);
    const formula = urlColumn < 0 ? '' : (formulas[index]?.[urlColumn] ?? '');
    const url = (formula ? hyperlinkUrl(formula) : null) ?? (urlColumn < 0 ? '' : cellText(row[urlColumn]));
    if (name !== '' || url !== '') members.push({ index, name, url });
  });
  return members;
}

/** Which plan to open for each member: each plan once, in row order, and no more than `limit`. */
export function memberPlans(members: readonly TeamMember[], limit: number): MemberPlan[] {
  const opened = new Map<string, number>();
  return members.map((member): MemberPlan => {
    if (member.url === '') return { member, kind: 'skip', reason: 'no-url' };
    const check = checkSpreadsheetUrl(member.url);
    if (!check.ok) return { member, kind: 'skip', reason: 'bad-url' };
    const first = opened.get(check.id);
    if (first !== undefined) return { member, kind: 'same', id: check.id, row: first };
    if (opened.size >= limit) return { member, kind: 'skip', reason: 'over-limit' };
    opened.set(check.id, sheetRow(member.index));
    return { member, kind: 'read', id: check.id, url: check.url };
  });
}
