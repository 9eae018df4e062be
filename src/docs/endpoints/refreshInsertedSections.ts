/**
 * refreshInsertedSections: every block in every tab written again from current data. All reading
 * (the linked plan included) happens before the first write, so a failure while reading changes
 * nothing, and one while writing leaves a slot the next run finishes (document/slot.ts). Blocks a
 * person edited are replaced only with replaceEdited, skipped with skipEdited, and otherwise the
 * whole refresh stops with needs-confirmation before writing anything. A block a failed run left
 * half written is written again unasked: nobody has seen it finished.
 */
import type { BlockInfo, RefreshReply, RefreshRequest } from '../../api/docs';
import { ok } from '../../api/reply';
import { answerRequest } from '../../appsscript/answer';
import { UserError } from '../../appsscript/errors';
import type { BlockKind } from '../../core/conversation/block';
import { listRanges, readBlocks, type FoundBlock } from '../document/blocks';
import { holds, readAnchors, readSlots, type Anchors, type FoundSlot } from '../document/slot';
import { allTabs, type BlockHost } from '../document/tabs';
import { writeBlock, type BlockTarget, type WrittenBlock } from '../document/writeBlock';
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
  /** The finished blocks, outside every slot. */
  blocks: FoundBlock[];
  /** Blocks a failed run was writing (their slots), and our ranges inside them. */
  slots: FoundSlot[];
  inSlots: FoundBlock[];
}

/** A block to write: a finished one, or one a slot holds. */
type Unit = { kind: BlockKind; parsed: { params: string[] } } & (
  { block: FoundBlock; slot?: undefined } | { slot: FoundSlot; block?: undefined }
);

/** Where a unit starts in the body, for writing bottom up. */
const firstOf = (unit: Unit): number => (unit.block ? unit.block.first : unit.slot.from);

function readTab(title: string, tab: BlockHost): TabBlocks {
  const body = tab.getBody();
  const { blocks: refs, slots: slotRefs } = listRanges(tab);
  const slots = readSlots(body, slotRefs);
  const blocks = readBlocks(tab, body, refs).filter((b) => b.elements.length > 0);
  const inSlot = (b: FoundBlock) => slots.some((s) => holds(s, b));
  return {
    title,
    tab,
    body,
    blocks: blocks.filter((b) => !inSlot(b)),
    slots,
    inSlots: blocks.filter(inSlot),
  };
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
function sectionsFor<B extends Pick<Unit, 'kind' | 'parsed'>>(
  blocks: readonly B[],
): Map<B, Section<unknown>> {
  const source = new PlanSource();
  const sections = new Map<B, Section<unknown>>();
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
    const tabs = allTabs(document).map(({ title, host }) => readTab(title, host));
    const found = tabs.flatMap((t) => t.blocks.map((block) => ({ t, block })));
    const edited = found.filter((f) => f.block.edited);
    if (found.length === 0 && tabs.every((t) => t.slots.length === 0)) {
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
    const units = new Map<TabBlocks, Unit[]>(
      tabs.map((t) => [
        t,
        [
          ...t.blocks
            .filter((block) => !block.edited || replaceEdited)
            .map((block): Unit => ({ kind: block.kind, parsed: block.parsed, block })),
          ...t.slots.map((slot): Unit => ({ kind: slot.kind, parsed: slot.parsed, slot })),
        ],
      ]),
    );
    const sections = sectionsFor([...units.values()].flat());
    // Where each block's slot goes, read now: nothing above a block moves while the blocks below it
    // are written, and a neighbour below that is rewritten hands over its new first element.
    const anchors = new Map<Unit, Anchors>();
    for (const [t, list] of units) {
      const children = list.some((u) => u.block) ? t.body.getNumChildren() : 0;
      for (const unit of list)
        if (unit.block) anchors.set(unit, readAnchors(t.body, unit.block.first, unit.block.last, children));
    }
    const refreshed: BlockInfo[] = [];
    for (const [t, list] of units) {
      // Bottom up, so replacing one block never moves the blocks still to do.
      const todo = [...list].sort((a, b) => firstOf(b) - firstOf(a));
      const done: BlockInfo[] = [];
      let below: { unit: Unit; written: WrittenBlock } | null = null;
      for (const unit of todo) {
        const section = sections.get(unit);
        if (!section) continue;
        const written = writeBlock(
          t.tab,
          t.body,
          section.spec,
          section.params,
          targetOf(t, unit, anchors, below),
        );
        below = { unit, written };
        done.unshift({ kind: unit.kind, name: written.name, edited: false, tab: t.title });
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

/** What writing a unit replaces: its slot, or its block between the anchors read up front. */
function targetOf(
  t: TabBlocks,
  unit: Unit,
  anchors: ReadonlyMap<Unit, Anchors>,
  below: { unit: Unit; written: WrittenBlock } | null,
): BlockTarget {
  if (unit.slot) {
    const slot = unit.slot;
    return { kind: 'slot', slot, inside: t.inSlots.filter((b) => holds(slot, b)) };
  }
  const block = unit.block;
  const read = anchors.get(unit) ?? { before: null, after: null };
  // The element after this block was the first of the block just written below it: use what is there now.
  const next =
    below && firstOf(below.unit) === block.last + 1 ? below.written.elements[0]?.element : undefined;
  return { kind: 'replace', block, anchors: next ? { ...read, after: next } : read };
}
