/**
 * The linked growth plan as one action sees it: the link read once, the plan opened once and each
 * of its tabs read at most once, however many blocks need them (a refresh may write a requirements
 * table, a summary and a since-last section from the one plan).
 */
import type { Table } from '../core/table';
import { GrowthPlanReader, readGrowthPlan, type GrowthPlan } from '../appsscript/growthPlan';
import { linkedPlanUrl } from './link';

export class PlanSource {
  private link: { url: string | null } | null = null;
  private readonly readers = new Map<string, GrowthPlanReader>();

  /** The URL remembered in the document, or null. */
  linkedUrl(): string | null {
    this.link ??= { url: linkedPlanUrl() };
    return this.link.url;
  }

  /** The plan at this URL, opened on first use (a UserError when it cannot be). */
  reader(url: string): GrowthPlanReader {
    let reader = this.readers.get(url);
    if (!reader) {
      reader = new GrowthPlanReader(url);
      this.readers.set(url, reader);
    }
    return reader;
  }

  /** The two tabs the action-plan summary reads (a UserError when they cannot be read). */
  plan(url: string): GrowthPlan {
    return readGrowthPlan(this.reader(url));
  }

  /** Only the Role Requirements tab. */
  requirements(url: string): Table {
    return this.reader(url).requirements();
  }
}
