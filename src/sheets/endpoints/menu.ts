/**
 * The menu items that run an endpoint. A menu item has no page to show a failure in, so these go
 * through a wrapper that reports it with ui.alert; the sidebar calls the endpoints themselves. The
 * menu itself, the sidebar and the help are in addonMenu.ts.
 */
import { ALERT_TITLE, alertFailure, runMenuItem } from '../../appsscript/menuAlerts';
import { generateActionPlan } from './generateActionPlan';
import { recordCheckIn } from './recordCheckIn';
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

/** Record check-in, from the menu: says what was recorded, or why not, in an alert. */
export function menuRecordCheckIn(): void {
  runMenuItem(getUi, () => {
    const reply = recordCheckIn();
    if (!reply.ok) {
      alertFailure(getUi, reply);
      return;
    }
    const { changes, next } = reply.progress;
    const what = `${reply.requirements} requirement${reply.requirements === 1 ? '' : 's'} and ${reply.actions} action${reply.actions === 1 ? '' : 's'}`;
    const message = [
      reply.replaced
        ? `Check-in recorded again for ${reply.date}, replacing the earlier one of that day: ${what}.`
        : `Check-in recorded for ${reply.date}: ${what}.`,
      changes.since === null ? '' : changes.sentence,
      `Next check-in: ${next.date} (${next.label}${next.chosen ? '' : ', proposed'}).`,
    ]
      .filter(Boolean)
      .join('\n\n');
    const ui = getUi();
    ui.alert(ALERT_TITLE, message, ui.ButtonSet.OK);
  });
}
