/**
 * The team overview's menu items: Team overview sets up the Team tab and says how to use it; Refresh
 * team overview refreshes and says what it did. Both answer in an alert, failures included.
 */
import { refreshSentences } from '../../core/team/summaryText';
import { ALERT_TITLE, alertFailure, runMenuItem } from '../../appsscript/menuAlerts';
import { refreshTeamOverview } from './refreshTeamOverview';
import { setUpTeamOverview } from './setUpTeamOverview';
import { TEAM_HOW_TO } from '../team/teamTab';

const getUi = () => SpreadsheetApp.getUi();

function alert(message: string): void {
  const ui = getUi();
  ui.alert(ALERT_TITLE, message, ui.ButtonSet.OK);
}

/** Team overview, from the menu: the Team tab set up (or completed), and how to use it. */
export function menuTeamOverview(): void {
  runMenuItem(getUi, () => {
    const reply = setUpTeamOverview();
    if (!reply.ok) {
      alertFailure(getUi, reply);
      return;
    }
    const what = reply.created
      ? `The "${reply.tab}" tab is ready.`
      : reply.appended.length > 0
        ? `The "${reply.tab}" tab got the columns it lacked: ${reply.appended.join(', ')}.`
        : `The "${reply.tab}" tab is already set up.`;
    alert(`${what}\n\n${TEAM_HOW_TO}`);
  });
}

/** Refresh team overview, from the menu: what was refreshed, or why not. */
export function menuRefreshTeamOverview(): void {
  runMenuItem(getUi, () => {
    const reply = refreshTeamOverview();
    if (!reply.ok) {
      alertFailure(getUi, reply);
      return;
    }
    alert(
      [...refreshSentences(reply), `See the "${reply.teamTab}" and "${reply.gapsTab}" tabs.`].join('\n\n'),
    );
  });
}
