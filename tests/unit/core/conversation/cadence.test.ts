import { fiscalQuarter, isoDate, nextConversation } from '../../../../src/core/conversation/cadence';

describe('next conversation date', () => {
  it('is three months on, on a weekday', () => {
    // 2026-11-27 is a Friday; 2027-02-27 is a Saturday, so the suggestion moves to Monday 1 March.
    const next = nextConversation(new Date(2026, 10, 27, 15));
    expect(next.date).toBe('2027-03-01');
    expect(next.reason).toContain('quarterly career check-in');
    expect(next.reason).toContain('refresh the growth plan in February');
  });

  it('uses the last day of a shorter month', () => {
    // 30 November + 3 months: February has no 30th. 2027-02-28 is a Sunday, so Monday 1 March.
    expect(nextConversation(new Date(2026, 10, 30, 9)).date).toBe('2027-03-01');
    // 31 May 2026 + 3 months = 31 August 2026, a Monday.
    expect(nextConversation(new Date(2026, 4, 31, 9)).date).toBe('2026-08-31');
  });

  it('calls a date in fiscal Q2 or Q4 a formal conversation', () => {
    // 10 March + 3 months = 10 June 2026 (fiscal Q2: May to July).
    const next = nextConversation(new Date(2026, 2, 10, 9));
    expect(next.date).toBe('2026-06-10');
    expect(next.reason).toBe('formal career conversation (fiscal Q2)');
  });

  it('counts fiscal quarters from February', () => {
    expect([0, 1, 4, 7, 10].map((m) => fiscalQuarter(new Date(2026, m, 15)))).toEqual([4, 1, 2, 3, 4]);
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
