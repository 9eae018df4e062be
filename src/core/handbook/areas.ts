/**
 * Handbook requirements carry no area, but the action plan picks the kind of action (project,
 * mentorship, learning) by area. So each requirement is given the first of our areas whose words
 * it uses; the order puts the more telling areas first ("coach the team" is leadership before it
 * is communication). A requirement that matches none gets GENERAL_AREA_LABEL.
 */
import type { AreaId } from '../catalog';

export const GENERAL_AREA_LABEL = 'General';

const RULES: readonly [AreaId, RegExp][] = [
  [
    'leadership',
    /\b(coach\w*|mentor\w*|hir(e|es|ing)|recruit\w*|direct reports?|people manag\w*|manag\w* (a |the )?(team|people|individual)|lead\w* (a |the )?teams?|team performance|delegat\w*|performance manag\w*|develop\w* (the |your )?team|leadership|managing \w* ?teams?|professional development)\b/i,
  ],
  [
    'enablement',
    /\b(enablement|training|trainer|teach\w*|onboard\w*|curricul\w*|certif\w*|facilitat\w*|learning)\b/i,
  ],
  [
    'systems',
    /\b(salesforce(\.com)?|sfdc|cpq|zuora|systems?|crm|tools?|tooling|automation|automat\w*|integrations?|technical|sql|apis?|administ\w*|netsuite|g ?suite|excel|tableau|looker|sisense|software)\b/i,
  ],
  [
    'commercial',
    /\b(deals?|pricing|quot\w*|contracts?|contractual|revenue recognition|orders?|booking\w*|commissions?|compensation|renewals?|negotiat\w*|discount\w*|billing|channel|marketplaces?)\b/i,
  ],
  [
    'analysis',
    /\b(analy\w*|report\w*|dashboards?|metrics?|data|quantitative|insights?|model\w*|forecast\w*|kpis?|statistic\w*)\b/i,
  ],
  [
    'planning',
    /\b(strateg\w*|planning|plans?|territor\w*|quotas?|capacity|go-to-market|gtm|big picture|roadmaps?|vision)\b/i,
  ],
  [
    'communication',
    /\b(communicat\w*|writ\w*|present\w*|explain\w*|storytell\w*|articulat\w*|verbal|listen\w*|feedback|copywrit\w*|editing|content)\b/i,
  ],
  [
    'stakeholders',
    /\b(stakeholders?|cross[- ]?functional\w*|partner\w*|collaborat\w*|influenc\w*|relationships?|consensus|executives?|customers?)\b/i,
  ],
  [
    'programs',
    /\b(projects?|programs?|programmes?|initiatives?|deadlines?|due dates?|multi-?task\w*|prioriti\w*|execut\w*|organi[sz]ed)\b/i,
  ],
  [
    'process',
    /\b(process\w*|polic(y|ies)|compliance|sox|audits?|documentation|best practices?|operational|efficien\w*|details?|accura\w*|operations|framework)\b/i,
  ],
];

/** Our area for a handbook requirement's text, or null when none fits. */
export function areaOfText(text: string): AreaId | null {
  for (const [area, pattern] of RULES) if (pattern.test(text)) return area;
  return null;
}
