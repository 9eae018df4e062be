import {
  handbookImportRequest,
  handbookLookupRequest,
  importRequest,
  openTabRequest,
} from '../../../src/api/sheetsRequests';
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
