/**
 * Figures of the Career Conversation add-on for `npm run bench`: Apps Script calls per insert and
 * refresh (from the counting fake; tests/integration/docs/callBudget.test.ts asserts the same pairs
 * exactly) and the size of what build/docs holds.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  actionPlanCalls,
  agendaCalls,
  refreshCalls,
  requirementsCalls,
  smallestAndLargestRoles,
} from '../harness/docsCallScenarios';

export interface DocsBenchFigures {
  calls: {
    agenda: number;
    requirements: {
      smallest: { id: string; requirements: number; calls: number };
      largest: { id: string; requirements: number; calls: number };
    };
    actionPlan: { rows0: number; rows300: number; replaceRows0: number; replaceRows300: number };
    refresh: { rows0: number; rows300: number };
  };
  /** Bytes of each file in build/docs. */
  sizes: Record<string, number>;
}

const BUILD = join(__dirname, '..', '..', 'build', 'docs');

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
      agenda: agendaCalls().total,
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
      refresh: { rows0: refreshCalls(0, largest.id).total, rows300: refreshCalls(300, largest.id).total },
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
    `${pad('insert agenda')}${calls.agenda}`,
    `${pad(`insert requirements: ${r.smallest.id} (${r.smallest.requirements}) vs ${r.largest.id} (${r.largest.requirements})`)}${r.smallest.calls} vs ${r.largest.calls}`,
    `${pad('insert action plan: 0 vs 300 action rows')}${calls.actionPlan.rows0} vs ${calls.actionPlan.rows300}`,
    `${pad('re-insert (replace) action plan: 0 vs 300 action rows')}${calls.actionPlan.replaceRows0} vs ${calls.actionPlan.replaceRows300}`,
    `${pad('refresh all three blocks: 0 vs 300 action rows')}${calls.refresh.rows0} vs ${calls.refresh.rows300}`,
    'Size of build/docs',
    ...Object.entries(sizes).map(([file, bytes]) => `${pad(file)}${(bytes / 1024).toFixed(1)} KB`),
  ];
}

if (require.main === module) console.log(docsBenchLines().join('\n'));
