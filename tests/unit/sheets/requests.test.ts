import {
  handbookImportRequest,
  handbookLookupRequest,
  importRequest,
  openTabRequest,
} from '../../../src/api/sheetsRequests';
import { parseRequest } from '../../../src/appsscript/requests';

describe('request schemas', () => {
  it('accepts a target with or without a current role', () => {
    expect(parseRequest(importRequest, { targetRoleId: ' a/b ', currentRoleId: 'c/d' })).toEqual({
      targetRoleId: 'a/b',
      currentRoleId: 'c/d',
      wording: 'catalog',
    });
    expect(
      parseRequest(importRequest, { targetRoleId: 'a/b', currentRoleId: null, wording: 'handbook' }),
    ).toEqual({ targetRoleId: 'a/b', currentRoleId: null, wording: 'handbook' });
    expect(parseRequest(importRequest, { targetRoleId: 'a/b' })).toEqual({
      targetRoleId: 'a/b',
      currentRoleId: null,
      wording: 'catalog',
    });
  });

  it.each([
    [undefined, /must be an object/],
    ['a/b', /must be an object/],
    [[], /must be an object/],
    [{}, /target role must be text/],
    [{ targetRoleId: 42 }, /target role must be text/],
    [{ targetRoleId: '   ' }, /target role is empty/],
    [{ targetRoleId: 'x'.repeat(100_000) }, /too long/],
    [{ targetRoleId: 'a/b', currentRoleId: 7 }, /current role must be text/],
  ])('rejects %j with a clear message', (input, message) => {
    expect(() => parseRequest(importRequest, input)).toThrow(message);
  });

  it('knows the tabs the sidebar may open', () => {
    expect(parseRequest(openTabRequest, { tab: 'actions' })).toEqual({ tab: 'actions' });
    expect(() => parseRequest(openTabRequest, { tab: 'Sheet1' })).toThrow(
      /one of requirements, actions or summary/,
    );
  });
});

describe('handbook request schemas', () => {
  it('trims the address and levels; a missing current level is null', () => {
    expect(
      parseRequest(handbookLookupRequest, {
        url: ' https://handbook.gitlab.com/job-families/sales/deal-desk/ ',
      }),
    ).toEqual({
      url: 'https://handbook.gitlab.com/job-families/sales/deal-desk/',
    });
    expect(parseRequest(handbookImportRequest, { url: 'x', targetLevel: ' analyst ' })).toEqual({
      url: 'x',
      targetLevel: 'analyst',
      currentLevel: null,
    });
  });

  it.each([
    [handbookLookupRequest, null, /must be an object with a url/],
    [handbookLookupRequest, { url: 'x'.repeat(2001) }, /too long \(at most 2000 characters\)/],
    [handbookImportRequest, { url: 'x' }, /target level must be text/],
    [handbookImportRequest, { url: 'x', targetLevel: 'a', currentLevel: 5 }, /current level must be text/],
    [handbookImportRequest, { url: 'x', targetLevel: 'a'.repeat(121) }, /target level is too long/],
  ])('refuses a bad request with a clear message (%#)', (schema, input, message) => {
    expect(() => parseRequest(schema, input)).toThrow(message);
  });
});
