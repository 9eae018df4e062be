import {
  handbookImportRequest,
  handbookLookupRequest,
  importRequest,
  openTabRequest,
} from '../../../src/api/sheetsRequests';
import { generateRequest, suggestionsRequest, swapRequest } from '../../../src/api/actionPlanRequests';
import { parseRequest } from '../../../src/appsscript/requests';
import { expectCommonFailure } from '../../support/replies';

describe('request schemas', () => {
  it('accepts a target with or without a current role', () => {
    expect(parseRequest(importRequest, { targetRoleId: ' a/b ', currentRoleId: 'c/d' })).toEqual({
      ok: true,
      request: { targetRoleId: 'a/b', currentRoleId: 'c/d', wording: 'catalog' },
    });
    expect(
      parseRequest(importRequest, { targetRoleId: 'a/b', currentRoleId: null, wording: 'handbook' }),
    ).toEqual({ ok: true, request: { targetRoleId: 'a/b', currentRoleId: null, wording: 'handbook' } });
    expect(parseRequest(importRequest, { targetRoleId: 'a/b' })).toEqual({
      ok: true,
      request: { targetRoleId: 'a/b', currentRoleId: null, wording: 'catalog' },
    });
  });

  it.each([
    [undefined, /Choose a target role\./],
    ['a/b', /Choose a target role\./],
    [[], /Choose a target role\./],
    [{}, /Choose a target role\./],
    [{ targetRoleId: 42 }, /target role must be text/],
    [{ targetRoleId: '   ' }, /target role is empty/],
    [{ targetRoleId: 'x'.repeat(100_000) }, /too long/],
    [{ targetRoleId: 'a/b', currentRoleId: 7 }, /current role must be text/],
  ])('refuses %j as invalid with a clear message', (input, message) => {
    expectCommonFailure(parseRequest(importRequest, input), 'invalid', message);
  });

  it('knows the tabs the sidebar may open', () => {
    expect(parseRequest(openTabRequest, { tab: 'actions' })).toEqual({
      ok: true,
      request: { tab: 'actions' },
    });
    expectCommonFailure(
      parseRequest(openTabRequest, { tab: 'Sheet1' }),
      'invalid',
      /Role Requirements, Action Plan or Summary/,
    );
  });
});

describe('handbook request schemas', () => {
  it('trims the address and levels; a missing current level is null', () => {
    expect(
      parseRequest(handbookLookupRequest, {
        url: ' https://handbook.gitlab.com/job-families/sales/deal-desk/ ',
      }),
    ).toEqual({ ok: true, request: { url: 'https://handbook.gitlab.com/job-families/sales/deal-desk/' } });
    expect(parseRequest(handbookImportRequest, { url: 'x', targetLevel: ' analyst ' })).toEqual({
      ok: true,
      request: { url: 'x', targetLevel: 'analyst', currentLevel: null },
    });
  });

  it.each([
    [handbookLookupRequest, null, /Paste the address of a job-family page/],
    [handbookLookupRequest, { url: 'x'.repeat(2001) }, /too long \(at most 2000 characters\)/],
    [handbookImportRequest, { url: 'x' }, /Choose a target level\./],
    [handbookImportRequest, { url: 'x', targetLevel: 7 }, /target level must be text/],
    [handbookImportRequest, { url: 'x', targetLevel: 'a', currentLevel: 5 }, /current level must be text/],
    [handbookImportRequest, { url: 'x', targetLevel: 'a'.repeat(121) }, /target level is too long/],
  ])('refuses a bad request as invalid with a clear message (%#)', (schema, input, message) => {
    expectCommonFailure(parseRequest(schema, input), 'invalid', message);
  });
});

describe('action plan requests', () => {
  it('takes an optional focus size from 1 to 5', () => {
    expect(parseRequest(generateRequest, undefined)).toEqual({ ok: true, request: {} });
    expect(parseRequest(generateRequest, {})).toEqual({ ok: true, request: {} });
    for (const focusSize of [1, 3, 5])
      expect(parseRequest(generateRequest, { focusSize })).toEqual({ ok: true, request: { focusSize } });
    for (const focusSize of [0, 6, 2.5, '3', null, Number.NaN])
      expectCommonFailure(parseRequest(generateRequest, { focusSize }), 'invalid', /1 to 5/);
  });

  it('takes a trimmed key, and a suggestion id for a swap', () => {
    expect(parseRequest(suggestionsRequest, { key: ' act:x/y:z ' })).toEqual({
      ok: true,
      request: { key: 'act:x/y:z' },
    });
    expect(parseRequest(swapRequest, { key: 'act:x', suggestionId: ' forecasting/roll-up ' })).toEqual({
      ok: true,
      request: { key: 'act:x', suggestionId: 'forecasting/roll-up' },
    });
    expectCommonFailure(parseRequest(suggestionsRequest, { key: '  ' }), 'invalid', /Choose an action/);
    expectCommonFailure(
      parseRequest(swapRequest, { key: 'act:x', suggestionId: '' }),
      'invalid',
      /Choose an idea/,
    );
    expectCommonFailure(
      parseRequest(swapRequest, { key: 'k'.repeat(301), suggestionId: 'a/b' }),
      'invalid',
      /at most 300 characters/,
    );
  });
});
