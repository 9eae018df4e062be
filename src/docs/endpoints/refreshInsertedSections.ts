/**
 * refreshInsertedSections: every block in every tab written again from current data. All reading
 * (the linked plan included) happens before the first write, so a failure changes nothing. Blocks a
 * person edited are replaced only with replaceEdited, skipped with skipEdited, and otherwise the
 * whole refresh stops with needs-confirmation before writing anything.
 */
import type { BlockInfo, RefreshReply, RefreshRequest } from '../../api/docs';
import { ok } from '../../api/reply';
import { answerRequest } from '../../appsscript/answer';
import { UserError } from '../../appsscript/errors';
import { readBlocks, type FoundBlock } from '../document/blocks';
import { allTabs, type BlockHost } from '../document/tabs';
import { writeBlock } from '../document/writeBlock';
import { PlanSource } from '../planSource';
import { withDocumentLock } from '../lock';
import { refreshRequest } from '../../api/docsRequests';
import {
  actionPlanSection,
  agendaSection,
  KIND_LABELS,
  requirementsSectionFromParams,
  sinceLastSection,
  type Section,
} from '../sections';

type Body = GoogleAppsScript.Document.Body;

interface TabBlocks {
  title: string;
  tab: BlockHost;
  body: Body;
  blocks: FoundBlock[];
}

const info = (tab: TabBlocks, block: FoundBlock): BlockInfo => ({
  kind: block.kind,
  name: block.name,
  edited: block.edited,
  tab: tab.title,
});

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The section each block becomes. The sections from the linked plan come first so that the plan
 * they read (once) also gives the requirements tables their ratings.
 */
function sectionsFor(blocks: readonly FoundBlock[]): Map<FoundBlock, Section<unknown>> {
  const source = new PlanSource();
  const sections = new Map<FoundBlock, Section<unknown>>();
  const summaries = blocks.filter((b) => b.kind === 'actionPlan');
  if (summaries.length > 0) {
    const url = source.linkedUrl();
    if (!url)
      throw new UserError(
        'This document has an action plan summary but no linked growth plan. Insert the action plan again and paste the growth plan URL.',
      );
    const section = actionPlanSection(url, source);
    for (const block of summaries) sections.set(block, section);
  }
  const sinceLast = blocks.filter((b) => b.kind === 'sinceLast');
  if (sinceLast.length > 0) {
    const url = source.linkedUrl();
    if (!url)
      throw new UserError(
        'This document has a "Since our last conversation" section but no linked growth plan. Insert it again and paste the growth plan URL.',
      );
    const section = sinceLastSection(url, source);
    for (const block of sinceLast) sections.set(block, section);
  }
  for (const block of blocks) {
    if (block.kind === 'agenda') sections.set(block, agendaSection(block.parsed.params[0]));
    if (block.kind === 'requirements')
      sections.set(block, requirementsSectionFromParams(block.parsed.params, source));
  }
  return sections;
}

export function refreshInsertedSections(input?: RefreshRequest): RefreshReply {
  return answerRequest(refreshRequest, input, ({ replaceEdited, skipEdited }) =>
    refresh(replaceEdited === true, skipEdited === true),
  );
}

function refresh(replaceEdited: boolean, skipEdited: boolean): RefreshReply {
  return withDocumentLock(() => {
    const document = DocumentApp.getActiveDocument();
    const tabs: TabBlocks[] = allTabs(document).map(({ title, host }) => {
      const body = host.getBody();
      return { title, tab: host, body, blocks: readBlocks(host, body).filter((b) => b.elements.length > 0) };
    });
    const found = tabs.flatMap((t) => t.blocks.map((block) => ({ t, block })));
    const edited = found.filter((f) => f.block.edited);
    if (found.length === 0) {
      return ok({
        status: 'refreshed' as const,
        refreshed: [],
        edited: [],
        message: 'There is nothing to refresh: no section inserted by Career Growth was found.',
      });
    }
    if (edited.length > 0 && !replaceEdited && !skipEdited) {
      const names = [...new Set(edited.map((f) => KIND_LABELS[f.block.kind]))].join(', ');
      return {
        ok: false,
        kind: 'needs-confirmation',
        edited: edited.map((f) => info(f.t, f.block)),
        message: `${plural(edited.length, 'section')} (${names}) ${edited.length === 1 ? 'was' : 'were'} edited since Career Growth wrote ${edited.length === 1 ? 'it' : 'them'}. Replace ${edited.length === 1 ? 'it' : 'them'} too? What was changed inside will be lost.`,
      };
    }
    const chosen = found.filter((f) => !f.block.edited || replaceEdited);
    const sections = sectionsFor(chosen.map((f) => f.block));
    const refreshed: BlockInfo[] = [];
    for (const t of tabs) {
      // Bottom up, so replacing one block never moves the blocks still to do.
      const todo = t.blocks
        .flatMap((block) => {
          const section = sections.get(block);
          return section ? [{ block, section }] : [];
        })
        .sort((a, b) => b.block.first - a.block.first);
      const done: BlockInfo[] = [];
      for (const { block, section } of todo) {
        const written = writeBlock(document, t.tab, t.body, t.blocks, section.spec, section.params, block);
        done.unshift({ kind: block.kind, name: written.name, edited: false, tab: t.title });
      }
      refreshed.push(...done);
    }
    const kept = edited.filter(() => !replaceEdited).map((f) => info(f.t, f.block));
    const keptNote =
      kept.length > 0
        ? ` ${plural(kept.length, 'edited section')} left as ${kept.length === 1 ? 'it was' : 'they were'}.`
        : '';
    return ok({
      status: 'refreshed' as const,
      refreshed,
      edited: kept,
      message: `Refreshed ${plural(refreshed.length, 'section')}.${keptNote}`,
    });
  });
}
