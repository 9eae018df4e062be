import type { TeamRefreshed } from '../../../src/api/team';
import { statusOf, teamRefreshLines, teamStatusText } from '../../../src/client/sidebar/teamFormat';

const reply: TeamRefreshed = {
  refreshedOn: '2026-03-02',
  people: 5,
  read: 4,
  withNotes: 1,
  sharedGaps: [
    { gap: 'Process improvement', people: 3 },
    { gap: 'Forecasting', people: 2 },
  ],
  rows: [
    { row: 2, name: 'Ana', share: 0.5, note: '', problem: false },
    { row: 5, name: 'Dev', share: null, note: 'The growth plan could not be opened…', problem: true },
  ],
  teamTab: 'Team',
  gapsTab: 'Team gaps',
};

describe('the team overview in the sidebar', () => {
  it('says where the overview stands', () => {
    expect(teamStatusText({ refreshedOn: null, people: 0, read: 0, withNotes: 0, sharedGaps: 0 })).toBe(
      'Not refreshed yet. List each person and the URL of their growth plan on the Team tab, then refresh.',
    );
    expect(teamStatusText(statusOf(reply))).toBe(
      'Refreshed 2026-03-02: 4 of 5 people filled in, 1 row with a note, 2 shared gaps.',
    );
    expect(
      teamStatusText({ refreshedOn: '2026-03-02', people: 1, read: 1, withNotes: 0, sharedGaps: 0 }),
    ).toBe('Refreshed 2026-03-02: 1 of 1 person filled in, no shared gap.');
  });

  it('says what a refresh did, and where to look', () => {
    expect(teamRefreshLines(reply)).toEqual([
      '4 people of 5 filled in from their growth plan.',
      '1 row has a note: Dev (row 5).',
      'Shared gaps: Process improvement (3), Forecasting (2).',
      'Figures in the "Team" tab, shared gaps and the chart in "Team gaps".',
    ]);
  });
});
