/**
 * The menu items that run an endpoint. A menu item has no page to show a failure in, so these go
 * through a wrapper that reports it with ui.alert; the sidebar calls the endpoints themselves. The
 * menu itself, the sidebar and the help are in addonMenu.ts.
 */
import { alertFailure, runMenuItem } from '../../appsscript/menuAlerts';
import { generateActionPlan } from './generateActionPlan';
import { setUpGrowthPlan } from './setUpGrowthPlan';

const getUi = () => SpreadsheetApp.getUi();

/** Set up growth plan, from the menu: success is the endpoint's toast; a failure is alerted. */
export function menuSetUpGrowthPlan(): void {
  runMenuItem(getUi, () => {
    alertFailure(getUi, setUpGrowthPlan());
  });
}

/** Generate action plan, from the menu: success is the endpoint's toast; a failure is alerted. */
export function menuGenerateActionPlan(): void {
  runMenuItem(getUi, () => {
    alertFailure(getUi, generateActionPlan());
  });
}
