/** The menu, its dialogs and wrappers, AuthMode.NONE, bad requests, the lock and the manifest. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, bodyTexts, openConversation, TARGET } from './conversation';
import { DOCS_BUILD_DIR } from '../../../scripts/harness/docsHarness';
import { readBuiltHtml } from '../../../fake';

const CAPTIONS = [
  'Insert conversation agenda',
  'Insert role requirements...',
  'Insert action plan from growth plan...',
  'Refresh inserted sections',
  'Help',
];

describe('menu', () => {
  it('adds only the add-on menu in AuthMode.NONE, touching nothing else', () => {
    const c = openConversation({ content: ['Text'], authMode: 'NONE' });
    const before = c.snapshot();
    c.call('onOpen', c.fake.events.onOpen());
    expect(c.fake.ui.menuItems().map((i) => i.caption)).toEqual(CAPTIONS);
    expect(c.fake.ui.addonMenu).not.toBeNull();
    expect(
      Object.keys(c.fake.calls.byMethod).every(
        (m) => m.startsWith('Ui.') || m.startsWith('Menu.') || m === 'DocumentApp.getUi',
      ),
    ).toBe(true);
    expect(c.snapshot()).toEqual(before);
  });

  it('onInstall adds the same menu', () => {
    const c = openConversation();
    c.call('onInstall', c.fake.events.onInstall());
    expect(c.fake.ui.menuItems().map((i) => i.caption)).toEqual(CAPTIONS);
  });

  it('inserts the agenda from the menu, and asks before replacing an edited one', () => {
    const c = openConversation({ content: ['Intro'] });
    c.call('onOpen', c.fake.events.onOpen());
    c.runMenuItem('Insert conversation agenda');
    expect(blocksOf(c.snapshot()).map((b) => b.kind)).toEqual(['agenda']);
    c.edit((body) => body.getChild(4).asParagraph().appendText(' Lead a team.'));
    const before = c.snapshot();

    c.fake.ui.queueResponse('NO');
    c.runMenuItem('Insert conversation agenda');
    expect(c.fake.ui.alerts.at(-1)).toMatchObject({
      buttons: 'YES_NO',
      response: 'NO',
      prompt: expect.stringMatching(/edited/) as unknown,
    });
    expect(c.snapshot()).toEqual(before);

    c.fake.ui.queueResponse('YES');
    c.runMenuItem('Insert conversation agenda');
    expect(bodyTexts(c.snapshot()).join('\n')).not.toContain('Lead a team.');
  });

  it('refreshes from the menu: No keeps edited sections, and it reports what it did', () => {
    const c = openConversation({ content: ['Intro'] });
    c.call('onOpen', c.fake.events.onOpen());
    c.run('insertConversationAgenda');
    c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    c.edit((body) => body.getChild(4).asParagraph().appendText(' Mine.'));
    c.fake.ui.queueResponse('NO');
    c.runMenuItem('Refresh inserted sections');
    expect(c.fake.ui.alerts.map((a) => a.buttons)).toEqual(['YES_NO', 'OK']);
    expect(c.fake.ui.alerts[1]!.prompt).toBe('Refreshed 1 section. 1 edited section left as it was.');
    expect(bodyTexts(c.snapshot())[4]).toMatch(/Mine\.$/);
  });

  it('reports errors of menu items in an alert instead of failing silently', () => {
    const c = openConversation({ content: ['Intro'], documentProperties: {} });
    c.call('onOpen', c.fake.events.onOpen());
    c.run('insertConversationAgenda');
    c.fake.lockBusy = true;
    c.runMenuItem('Refresh inserted sections');
    expect(c.fake.ui.alerts.at(-1)).toMatchObject({
      title: 'Career Growth',
      prompt: expect.stringMatching(/Someone else is updating/) as unknown,
    });
  });

  it('opens the dialogs and the help', () => {
    const c = openConversation();
    const html = readBuiltHtml(DOCS_BUILD_DIR);
    c.call('onOpen', c.fake.events.onOpen());
    c.runMenuItem('Help');
    expect(c.fake.ui.alerts.at(-1)).toMatchObject({
      title: 'Career Growth help',
      prompt: expect.stringContaining('Refresh inserted sections') as unknown,
    });
    for (const [caption, file] of [
      ['Insert role requirements...', 'RequirementsDialog'],
      ['Insert action plan from growth plan...', 'ActionPlanDialog'],
    ] as const) {
      if (!(file in html)) continue; // The dialog pages come from the docs-client branch.
      c.runMenuItem(caption);
      expect(c.fake.ui.lastDialog).toMatchObject({ modal: true, title: caption.replace('...', '') });
    }
  });
});

describe('bad requests change nothing', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a null request', null, /must be an object with a targetRoleId/],
    ['no target role', { currentRoleId: null }, /target role must be text/],
    ['an empty target role', { currentRoleId: null, targetRoleId: '  ' }, /target role is empty/],
    [
      'an unknown target role',
      { currentRoleId: null, targetRoleId: 'nobody/nothing' },
      /Unknown target role "nobody\/nothing"/,
    ],
    ['an unknown current role', { currentRoleId: 'x/y', targetRoleId: TARGET }, /Unknown current role/],
    ['a numeric role', { currentRoleId: 7, targetRoleId: TARGET }, /current role must be text/],
    ['a too long role id', { currentRoleId: null, targetRoleId: 'x'.repeat(500) }, /too long/],
    [
      'replaceEdited as text',
      { currentRoleId: null, targetRoleId: TARGET, replaceEdited: 'true' },
      /replaceEdited must be true or false/,
    ],
  ];

  it.each(cases)('insertRoleRequirements with %s', (_label, request, message) => {
    const c = openConversation({ content: ['Intro'] });
    c.run('insertConversationAgenda');
    const before = c.snapshot();
    expect(c.errorOf('insertRoleRequirements', request)).toMatch(message);
    expect(c.snapshot()).toEqual(before);
  });

  it.each([
    ['insertConversationAgenda', 'now'],
    ['insertConversationAgenda', { replaceEdited: 1 }],
    ['refreshInsertedSections', { skipEdited: 'yes' }],
    ['refreshInsertedSections', [1]],
  ])('%s with %j', (name, request) => {
    const c = openConversation({ content: ['Intro'] });
    c.run('insertConversationAgenda');
    const before = c.snapshot();
    expect(c.errorOf(name, request)).toMatch(/^Invalid request: /);
    expect(c.snapshot()).toEqual(before);
  });

  it('says so when another run holds the lock, and leaves the document alone', () => {
    const c = openConversation({ content: ['Intro'] });
    c.fake.lockBusy = true;
    const before = c.snapshot();
    expect(c.errorOf('insertConversationAgenda')).toMatch(/Someone else is updating this document/);
    expect(c.snapshot()).toEqual(before);
  });
});

describe('manifest', () => {
  it('asks for exactly the scopes the README justifies', () => {
    const manifest = JSON.parse(readFileSync(join(DOCS_BUILD_DIR, 'appsscript.json'), 'utf8')) as {
      oauthScopes?: unknown;
    };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/documents.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.readonly',
    ]);
  });

  it('exposes exactly the public API as top-level functions', () => {
    const c = openConversation();
    expect(c.bundle.functionNames).toEqual([
      'getConversationState',
      'getRoles',
      'insertActionPlanSummary',
      'insertConversationAgenda',
      'insertRoleRequirements',
      'menuInsertConversationAgenda',
      'menuRefreshInsertedSections',
      'onInstall',
      'onOpen',
      'refreshInsertedSections',
      'showActionPlanDialog',
      'showHelp',
      'showRequirementsDialog',
    ]);
  });
});
