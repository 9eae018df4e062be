/**
 * The linked growth plan as one action sees it: the link and each tab are read at most once,
 * however many blocks need them (a refresh may write a requirements table and a summary).
 */
import type { Table } from '../core/table';
import { readGrowthPlan, readPlanRequirements, type GrowthPlan } from '../appsscript/growthPlan';
import { linkedPlanUrl } from './link';

export class PlanSource {
  private link: { url: string | null } | null = null;
  private readonly plans = new Map<string, GrowthPlan>();
  private readonly requirementTabs = new Map<string, Table>();

  /** The URL remembered in the document, or null. */
  linkedUrl(): string | null {
    this.link ??= { url: linkedPlanUrl() };
    return this.link.url;
  }

  /** Both tabs of the plan at this URL (a UserError when they cannot be read). */
  plan(url: string): GrowthPlan {
    let plan = this.plans.get(url);
    if (!plan) {
      plan = readGrowthPlan(url);
      this.plans.set(url, plan);
    }
    return plan;
  }

  /** Only the Role Requirements tab, taken from the whole plan when that was read already. */
  requirements(url: string): Table {
    const read =
      this.plans.get(url)?.requirements ?? this.requirementTabs.get(url) ?? readPlanRequirements(url);
    this.requirementTabs.set(url, read);
    return read;
  }
}
