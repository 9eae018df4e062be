/**
 * Figures of the Career Conversation add-on for `npm run bench`: Apps Script calls per insert and
 * refresh, with their reads after a write (from the counting fake; tests/integration/docs/
 * callBudget.test.ts asserts the same pairs) and the size of what build/docs holds.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BlockKind } from '../../src/core/conversation/block';
import {
  actionPlanCalls,
  agendaCalls,
  insertBesideCalls,
  refreshCalls,
  refreshSinceLastCalls,
  requirementsCalls,
  sinceLastCalls,
  smallestAndLargestRoles,
  type CallCount,
} from '../harness/docsCallScenarios';

/** An insert (or replace) of one kind, alone in the document and beside the two other kinds. */
export interface BesideFigures {
  kind: BlockKind;
  replace: boolean;
  alone: CallCount;
  withOthers: CallCount;
}

export interface DocsBenchFigures {
  calls: {
    agenda: CallCount;
    requirements: {
      smallest: { id: string; requirements: number; calls: number };
      largest: { id: string; requirements: number; calls: number };
    };
    actionPlan: { rows0: number; rows300: number; replaceRows0: number; replaceRows300: number };
    /** "Since our last conversation" from a plan whose last check-in has 0 or 20 before it. */
    sinceLast: {
      insert: [CallCount, CallCount];
      replace: [CallCount, CallCount];
      refresh: [CallCount, CallCount];
    };
    beside: BesideFigures[];
    refresh: { rows0: CallCount; rows300: CallCount };
  };
  /** Bytes of each file in build/docs. */
  sizes: Record<string, number>;
}

const BUILD = join(__dirname, '..', '..', 'build', 'docs');

/** Every kind, inserted and replaced, alone and beside the other two kinds. */
export function besideFigures(): BesideFigures[] {
  const kinds: BlockKind[] = ['agenda', 'requirements', 'actionPlan', 'sinceLast'];
  return kinds.flatMap((kind) =>
    [false, true].map((replace) => ({
      kind,
      replace,
      alone: insertBesideCalls(kind, false, replace),
      withOthers: insertBesideCalls(kind, true, replace),
    })),
  );
}

/** Measures everything; build/docs must have been built. */
export function docsBench(): DocsBenchFigures {
  if (!existsSync(join(BUILD, 'Code.js')))
    throw new Error('Run `npm run build` first: build/docs/Code.js is missing.');
  const { smallest, largest } = smallestAndLargestRoles();
  const sizes = Object.fromEntries(
    readdirSync(BUILD)
      .sort()
      .map((file) => [file, statSync(join(BUILD, file)).size]),
  );
  return {
    calls: {
      agenda: agendaCalls(),
      requirements: {
        smallest: {
          id: smallest.id,
          requirements: smallest.count,
          calls: requirementsCalls(smallest.id).total,
        },
        largest: { id: largest.id, requirements: largest.count, calls: requirementsCalls(largest.id).total },
      },
      actionPlan: {
        rows0: actionPlanCalls(0).total,
        rows300: actionPlanCalls(300).total,
        replaceRows0: actionPlanCalls(0, true).total,
        replaceRows300: actionPlanCalls(300, true).total,
      },
      sinceLast: {
        insert: [sinceLastCalls(0), sinceLastCalls(20)],
        replace: [sinceLastCalls(0, true), sinceLastCalls(20, true)],
        refresh: [refreshSinceLastCalls(0), refreshSinceLastCalls(20)],
      },
      beside: besideFigures(),
      refresh: { rows0: refreshCalls(0, largest.id), rows300: refreshCalls(300, largest.id) },
    },
    sizes,
  };
}

/** The figures as the lines `npm run bench` prints. */
export function docsBenchLines(figures: DocsBenchFigures = docsBench()): string[] {
  const { calls, sizes } = figures;
  const pad = (label: string) => `  ${label.padEnd(52)} `;
  const r = calls.requirements;
  return [
    'Career Conversation (build/docs): Apps Script calls per action',
    `${pad('insert agenda')}${calls.agenda.total}`,
    `${pad(`insert requirements: ${r.smallest.id} (${r.smallest.requirements}) vs ${r.largest.id} (${r.largest.requirements})`)}${r.smallest.calls} vs ${r.largest.calls}`,
    `${pad('insert action plan: 0 vs 300 action rows')}${calls.actionPlan.rows0} vs ${calls.actionPlan.rows300}`,
    `${pad('re-insert (replace) action plan: 0 vs 300 action rows')}${calls.actionPlan.replaceRows0} vs ${calls.actionPlan.replaceRows300}`,
    ...(['insert', 'replace', 'refresh'] as const).map((step) => {
      const [none, many] = calls.sinceLast[step];
      return `${pad(`${step} since-last: 0 vs 20 earlier check-ins`)}${none.total} vs ${many.total}`;
    }),
    ...calls.beside.map(
      (b) =>
        `${pad(`${b.replace ? 'replace' : 'insert'} ${b.kind}: 0 vs 2 other blocks`)}${b.alone.total} vs ${b.withOthers.total}`,
    ),
    `${pad('refresh all three blocks: 0 vs 300 action rows')}${calls.refresh.rows0.total} vs ${calls.refresh.rows300.total}`,
    `${pad('  reads after a write (refresh)')}${calls.refresh.rows0.readsAfterWrite}`,
    'Size of build/docs',
    ...Object.entries(sizes).map(([file, bytes]) => `${pad(file)}${(bytes / 1024).toFixed(1)} KB`),
  ];
}

if (require.main === module) console.log(docsBenchLines().join('\n'));
