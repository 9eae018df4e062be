/** Refusals of malformed requests are read by people: they say what to do, in words. */
import {
  actionPlanRequest,
  refreshRequest,
  replaceRequest,
  requirementsRequest,
} from '../../../src/api/docsRequests';
import {
  handbookImportRequest,
  handbookLookupRequest,
  importRequest,
  openTabRequest,
} from '../../../src/api/sheetsRequests';
import { generateRequest, suggestionsRequest, swapRequest } from '../../../src/api/actionPlanRequests';
import { parseRequest } from '../../../src/appsscript/requests';

const SCHEMAS = {
  importRequest: [importRequest, ['currentRoleId', 'targetRoleId', 'wording']],
  handbookLookupRequest: [handbookLookupRequest, ['url']],
  handbookImportRequest: [handbookImportRequest, ['url', 'targetLevel', 'currentLevel']],
  openTabRequest: [openTabRequest, ['tab']],
  requirementsRequest: [requirementsRequest, ['currentRoleId', 'targetRoleId', 'replaceEdited']],
  actionPlanRequest: [actionPlanRequest, ['spreadsheetUrl', 'replaceEdited']],
  refreshRequest: [refreshRequest, ['replaceEdited', 'skipEdited']],
  replaceRequest: [replaceRequest, ['replaceEdited']],
  generateRequest: [generateRequest, ['focusSize']],
  suggestionsRequest: [suggestionsRequest, ['key']],
  swapRequest: [swapRequest, ['key', 'suggestionId']],
} as const;

const BAD_VALUES: unknown[] = [undefined, null, 42, true, '', '   ', 'x'.repeat(5000), {}, [1]];

/** Every refusal a schema gives for whole requests and for each field set to each bad value. */
function refusals(schema: Parameters<typeof parseRequest>[0], fields: readonly string[]): string[] {
  const requests: unknown[] = [...BAD_VALUES];
  for (const field of fields) {
    for (const value of BAD_VALUES)
      requests.push({ targetRoleId: 'a/b', url: 'x', targetLevel: 'a', tab: 'actions', [field]: value });
  }
  return requests.flatMap((request) => {
    const parsed = parseRequest(schema, request);
    return parsed.ok ? [] : [parsed.message];
  });
}

describe.each(Object.entries(SCHEMAS))('refusals of %s', (_name, [schema, fields]) => {
  const messages = refusals(schema, fields);

  it('refuse something', () => {
    expect(messages.length).toBeGreaterThan(0);
  });

  it('never name a field of the request', () => {
    for (const message of messages) {
      for (const field of fields.filter((f) => /[A-Z]/.test(f))) expect(message).not.toContain(field);
      // No code identifiers at all (camelCase), and no lower-case "url" key.
      expect(message).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
      expect(message).not.toMatch(/\burl\b/);
    }
  });

  it('are sentences for people', () => {
    for (const message of messages) expect(message).toMatch(/^Invalid request: [A-Z].*[.)]$/);
  });
});

describe('a request that is missing its main choice', () => {
  it.each([
    [importRequest, undefined, 'Choose a target role.'],
    [importRequest, { currentRoleId: null }, 'Choose a target role.'],
    [requirementsRequest, null, 'Choose a target role.'],
    [actionPlanRequest, 'https://docs.google.com/spreadsheets/d/x', "Paste the growth plan's address."],
    [handbookLookupRequest, {}, 'Paste the address of a job-family page.'],
    [handbookImportRequest, { url: 'x' }, 'Choose a target level.'],
    [suggestionsRequest, {}, 'Choose an action of your plan.'],
    [swapRequest, { key: 'act:x' }, 'Choose an idea to use instead.'],
  ])('says in words what to do (%#)', (schema, input, message) => {
    expect(parseRequest(schema, input)).toEqual({
      ok: false,
      kind: 'invalid',
      message: `Invalid request: ${message}`,
    });
  });
});
