import { importRequest, openTabRequest, parseRequest } from '../../../src/sheets/requests';

describe('request schemas', () => {
  it('accepts a target with or without a current role', () => {
    expect(parseRequest(importRequest, { targetRoleId: ' a/b ', currentRoleId: 'c/d' })).toEqual({ targetRoleId: 'a/b', currentRoleId: 'c/d', wording: 'catalog' });
    expect(parseRequest(importRequest, { targetRoleId: 'a/b', currentRoleId: null, wording: 'handbook' })).toEqual({ targetRoleId: 'a/b', currentRoleId: null, wording: 'handbook' });
    expect(parseRequest(importRequest, { targetRoleId: 'a/b' })).toEqual({ targetRoleId: 'a/b', currentRoleId: null, wording: 'catalog' });
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
    expect(() => parseRequest(openTabRequest, { tab: 'Sheet1' })).toThrow(/one of requirements, actions or summary/);
  });
});
