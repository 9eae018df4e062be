import {
  adviceFor,
  CLOSE_ADVICE,
  DEFAULT_EFFORT_HOURS,
  distanceFromTarget,
  effortHours,
  NO_ACTIONS_ADVICE,
  percentages,
  planBalance,
  shortfall,
} from '../../../src/core/balance';
import { tableFromValues } from '../../../src/core/table';

const names: Record<string, string> = { forecasting: 'forecasting', pricing: 'pricing' };
const skillName = (id: string) => names[id];
const HEADER = ['Key', 'Suggestion', 'Priority', 'Focus', 'Requirement', 'Action', 'Type', 'Effort (hours)'];

function balanceOf(rows: unknown[][]) {
  return planBalance(tableFromValues([HEADER, ...rows]), skillName);
}

describe('percentages', () => {
  it.each([
    [{ 'Hands-on project': 70, Mentorship: 20, Learning: 10 }, [70, 20, 10]],
    [{ 'Hands-on project': 1, Mentorship: 1, Learning: 1 }, [34, 33, 33]],
    [{ 'Hands-on project': 2, Mentorship: 1, Learning: 0 }, [67, 33, 0]],
    [{ 'Hands-on project': 0, Mentorship: 0, Learning: 0 }, [0, 0, 0]],
  ])('%j gives %j, adding up to 100 when there are hours', (hours, expected) => {
    const percent = percentages(hours);
    expect([percent['Hands-on project'], percent.Mentorship, percent.Learning]).toEqual(expected);
  });

  it('measures the distance from 70-20-10 in percentage points', () => {
    expect(distanceFromTarget({ 'Hands-on project': 70, Mentorship: 20, Learning: 10 })).toBe(0);
    expect(distanceFromTarget({ 'Hands-on project': 50, Mentorship: 25, Learning: 25 })).toBe(40);
  });
});

describe('effortHours', () => {
  it.each([
    [12, 'Learning', 12],
    ['7', 'Learning', 7],
    ['2,5', 'Mentorship', 2.5],
    ['', 'Hands-on project', DEFAULT_EFFORT_HOURS['Hands-on project']],
    ['a lot', 'Mentorship', DEFAULT_EFFORT_HOURS.Mentorship],
    [0, 'Learning', DEFAULT_EFFORT_HOURS.Learning],
    [-4, 'Learning', DEFAULT_EFFORT_HOURS.Learning],
  ] as const)('%j hours of %s count as %d', (value, type, expected) => {
    expect(effortHours(value, type)).toBe(expected);
  });
});

describe('shortfall', () => {
  it('names the kind furthest below its target, or none when every kind is within 5 points', () => {
    expect(shortfall({ 'Hands-on project': 50, Mentorship: 10, Learning: 40 })).toBe('Hands-on project');
    expect(shortfall({ 'Hands-on project': 85, Mentorship: 5, Learning: 10 })).toBe('Mentorship');
    expect(shortfall({ 'Hands-on project': 69, Mentorship: 11, Learning: 20 })).toBe('Mentorship');
    expect(shortfall({ 'Hands-on project': 66, Mentorship: 24, Learning: 10 })).toBeNull();
    expect(shortfall({ 'Hands-on project': 70, Mentorship: 20, Learning: 10 })).toBeNull();
  });
});

describe('planBalance', () => {
  it('counts generated and hand-written rows by their hours, a row without an estimate by its type', () => {
    const balance = balanceOf([
      [
        'act:r:forecasting',
        'forecasting/roll-up 00000000',
        1,
        'Yes',
        'Forecasts',
        'Roll up',
        'Hands-on project',
        30,
      ],
      ['', '', '', '', 'My own', 'Shadow Sam', 'mentorship', ''],
      ['', '', '', '', 'My own', 'A course', 'Learning', '4'],
      ['', '', '', '', 'Untyped', 'Something', '', 5],
      ['', '', '', '', '', '', '', ''],
    ]);
    expect(balance.hours).toEqual({ 'Hands-on project': 30, Mentorship: 6, Learning: 4 });
    expect(balance.percent).toEqual({ 'Hands-on project': 75, Mentorship: 15, Learning: 10 });
    expect(balance.target).toEqual({ 'Hands-on project': 70, Mentorship: 20, Learning: 10 });
    expect(balance.actions).toBe(3);
    expect(balance.untyped).toBe(1);
    expect(balance.close).toBe(true);
    expect(balance.advice).toBe(CLOSE_ADVICE);
  });

  it('asks for a plan when there is nothing to balance', () => {
    expect(balanceOf([]).advice).toBe(NO_ACTIONS_ADVICE);
    expect(balanceOf([]).close).toBe(false);
  });

  it('names the most important focus gap lacking the kind the plan is shortest of, by its skill', () => {
    const balance = balanceOf([
      ['act:r:pricing', 'pricing/x 00000000', 2, 'Yes', 'Prices deals', 'a', 'Learning', 20],
      ['act:r:forecasting', 'forecasting/y 00000000', 1, 'Yes', 'Forecasts', 'b', 'Learning', 20],
      ['act:r:forecasting#2', 'forecasting/z 00000000', 1, 'Yes', 'Forecasts', 'c', 'Mentorship', 5],
      ['act:r:later', '', 3, '', 'Later gap', 'd', 'Mentorship', 5],
    ]);
    expect(balance.advice).toBe('Add a hands-on project for forecasting.');
  });

  it('falls back to the requirement text, quoted and cut, when no skill is known', () => {
    const long = 'Builds the quarterly pipeline coverage model for every region and segment we sell in';
    const balance = balanceOf([['', '', '', '', long, 'a course', 'Learning', 10]]);
    expect(balance.advice).toBe(`Add a hands-on project for "${long.slice(0, 49).trimEnd()}…".`);
  });

  it('uses the skill of a catalog key when the row carries no suggestion', () => {
    const balance = balanceOf([
      ['act:sales-strategy/vp:pricing', '', '', '', 'Prices deals', 'a', 'Learning', 10],
    ]);
    expect(balance.advice).toBe('Add a hands-on project for pricing.');
  });

  it('says what to add when every gap already has the missing kind', () => {
    const balance = balanceOf([
      ['', '', '', '', 'Forecasts', 'a', 'Hands-on project', 10],
      ['', '', '', '', 'Forecasts', 'b', 'Learning', 40],
      ['', '', '', '', 'Forecasts', 'c', 'Mentorship', 10],
    ]);
    expect(balance.advice).toBe(adviceFor('Hands-on project', null));
  });
});
