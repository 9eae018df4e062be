import { tableFromValues } from '../../../../src/core/table';
import { hyperlinkUrl, memberPlans, teamMembers } from '../../../../src/core/team/members';

const ID = (n: number) => `1PlanIdAsLongAsGooglesAre_${String(n).padStart(4, '0')}_abcdefghijklm`;
const URL = (n: number) => `https://docs.google.com/spreadsheets/d/${ID(n)}/edit#gid=0`;

describe('the people a Team tab lists', () => {
  it('takes every row with a name or a URL, by header, and leaves blank rows and notes of the manager out', () => {
    const table = tableFromValues([
      ['My notes', 'growth PLAN', 'NAME'],
      ['', URL(1), 'Ana'],
      ['', '', ''],
      ['Hiring in Q3', '', ''],
      ['', '', 'Ben'],
      ['', URL(3), ''],
    ]);
    expect(teamMembers(table)).toEqual([
      { index: 0, name: 'Ana', url: URL(1) },
      { index: 3, name: 'Ben', url: '' },
      { index: 4, name: '', url: URL(3) },
    ]);
  });

  it('reads the address of a HYPERLINK formula rather than its label', () => {
    const table = tableFromValues([
      ['Name', 'Growth plan'],
      ['Ana', "Ana's plan"],
    ]);
    expect(teamMembers(table, [['', `=HYPERLINK("${URL(1)}", "Ana's plan")`]])).toEqual([
      { index: 0, name: 'Ana', url: URL(1) },
    ]);
    expect(hyperlinkUrl(`=hyperlink( "${URL(2)}" )`)).toBe(URL(2));
    expect(hyperlinkUrl('=A1')).toBeNull();
  });
});

describe('which plans a refresh opens', () => {
  const member = (index: number, url: string) => ({ index, name: `P${index}`, url });

  it('opens each plan once, skips rows without a Sheets URL, and stops at the limit', () => {
    const plans = memberPlans(
      [
        member(0, URL(1)),
        member(1, ''),
        member(2, 'https://example.com/plan'),
        member(3, URL(1).replace('#gid=0', '?usp=sharing')),
        member(4, `https://docs.google.com/spreadsheets/u/1/d/${ID(2)}/edit`),
        member(5, URL(3)),
      ],
      2,
    );
    expect(
      plans.map((p) => (p.kind === 'skip' ? p.reason : p.kind === 'same' ? `same as ${p.row}` : p.id)),
    ).toEqual([ID(1), 'no-url', 'bad-url', 'same as 2', ID(2), 'over-limit']);
    // The account part of the address is dropped: the plain form is what opens the file.
    expect(plans[4]).toMatchObject({
      kind: 'read',
      url: `https://docs.google.com/spreadsheets/d/${ID(2)}/edit`,
    });
  });
});
