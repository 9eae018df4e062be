/** The menu, its dialogs and wrappers, AuthMode.NONE, bad requests, the lock and the manifest. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, bodyTexts, openConversation, TARGET } from './conversation';
import { DOCS_BUILD_DIR } from '../../../scripts/harness/docsHarness';
import { readBuiltHtml } from '../../../fake';
import { expectCommonFailure, expectFailure } from '../../support/replies';

const CAPTIONS = [
  'Insert conversation agenda',
  'Insert role requirements...',
  'Insert action plan from growth plan...',
  'Insert since our last conversation',
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
    expect(c.fake.ui.alerts.at(-1)).toMatchObject({ buttons: 'YES_NO', response: 'NO' });
    expect(c.fake.ui.alerts.at(-1)!.prompt).toMatch(/edited/);
    expect(c.snapshot()).toEqual(before);

    c.fake.ui.queueResponse('YES');
    c.runMenuItem('Insert conversation agenda');
    expect(bodyTexts(c.snapshot()).join('\n')).not.toContain('Lead a team.');
    // Asked once each time; a success alerts nothing more.
    expect(c.fake.ui.alerts.map((a) => a.buttons)).toEqual(['YES_NO', 'YES_NO']);
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

  it('reports failures of menu items in an alert instead of failing silently', () => {
    const c = openConversation({ content: ['Intro'], documentProperties: {} });
    c.call('onOpen', c.fake.events.onOpen());
    c.run('insertConversationAgenda');
    c.fake.lockBusy = true;
    c.runMenuItem('Refresh inserted sections');
    expect(c.fake.ui.alerts.at(-1)).toMatchObject({ title: 'Career Growth', buttons: 'OK' });
    expect(c.fake.ui.alerts.at(-1)!.prompt).toMatch(/Someone else is updating/);
    c.runMenuItem('Insert conversation agenda');
    expect(c.fake.ui.alerts).toHaveLength(2);
    expect(c.fake.ui.alerts.at(-1)!.prompt).toMatch(/Someone else is updating/);
  });

  it('reports a failure after the person confirmed replacing their edits', () => {
    const c = openConversation({ content: ['Intro'] });
    c.call('onOpen', c.fake.events.onOpen());
    c.run('insertConversationAgenda');
    c.edit((body) => body.getChild(4).asParagraph().appendText(' Mine.'));
    const app = c.fake.globals.LockService as unknown as { getDocumentLock: () => { tryLock(): boolean } };
    const lock = app.getDocumentLock.bind(app);
    let locks = 0;
    // The first call (which asks) gets the lock; by the second, someone else holds it.
    app.getDocumentLock = () => (++locks === 1 ? lock() : { tryLock: () => false });
    c.fake.ui.queueResponse('YES');
    c.runMenuItem('Insert conversation agenda');
    expect(c.fake.ui.alerts.map((a) => a.buttons)).toEqual(['YES_NO', 'OK']);
    expect(c.fake.ui.alerts[1]!.prompt).toMatch(/Someone else is updating/);
    expect(bodyTexts(c.snapshot())[4]).toMatch(/Mine\.$/);
  });

  it('alerts and logs an unexpected error of a menu item', () => {
    const c = openConversation({ content: ['Intro'] });
    c.call('onOpen', c.fake.events.onOpen());
    const app = c.fake.globals.DocumentApp as unknown as { getActiveDocument: () => unknown };
    app.getActiveDocument = () => {
      throw new Error('Cannot read properties of undefined');
    };
    expect(() => c.runMenuItem('Insert conversation agenda')).not.toThrow();
    expect(c.fake.ui.alerts.at(-1)).toMatchObject({
      title: 'Career Growth',
      prompt: 'Something went wrong: Cannot read properties of undefined',
    });
    expect(c.fake.logs.map((l) => l.level)).toContain('error');
  });

  it('alerts a Google service that failed half way through a menu item, saying to run it again', () => {
    const c = openConversation({ content: ['Intro'] });
    c.call('onOpen', c.fake.events.onOpen());
    c.fake.failOn('Body.insertTable');
    expect(() => c.runMenuItem('Insert conversation agenda')).not.toThrow();
    expect(c.fake.ui.alerts.at(-1)!.prompt).toMatch(
      /^A Google service failed before this was finished \(Service Documents failed .*\)\. Run it again to finish it/,
    );
  });

  it('opens the dialogs and the help', () => {
    const c = openConversation();
    const html = readBuiltHtml(DOCS_BUILD_DIR);
    c.call('onOpen', c.fake.events.onOpen());
    c.runMenuItem('Help');
    expect(c.fake.ui.alerts.at(-1)!.title).toBe('Career Growth help');
    expect(c.fake.ui.alerts.at(-1)!.prompt).toContain('Refresh inserted sections');
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
    ['a null request', null, /^Invalid request: Choose a target role\.$/],
    ['no target role', { currentRoleId: null }, /^Invalid request: Choose a target role\.$/],
    ['a numeric target role', { currentRoleId: null, targetRoleId: 7 }, /target role must be text/],
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
      /^Invalid request: Whether to replace edited text must be yes or no\.$/,
    ],
  ];

  it.each(cases)('insertRoleRequirements with %s', (_label, request, message) => {
    const c = openConversation({ content: ['Intro'] });
    c.run('insertConversationAgenda');
    const before = c.snapshot();
    expectCommonFailure(c.run('insertRoleRequirements', request), 'invalid', message);
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
    expectCommonFailure(c.run(name, request), 'invalid', /^Invalid request: /);
    expect(c.snapshot()).toEqual(before);
  });

  it('answers busy from every endpoint that writes when another run holds the lock, and leaves the document alone', () => {
    const c = openConversation({ content: ['Intro'] });
    c.fake.lockBusy = true;
    const before = c.snapshot();
    const busy =
      'Someone else is updating this document with Career Growth right now. Try again in a moment.';
    expectCommonFailure(c.run('insertConversationAgenda'), 'busy', busy);
    expectCommonFailure(
      c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET }),
      'busy',
      busy,
    );
    expectCommonFailure(c.run('refreshInsertedSections'), 'busy', busy);
    expect(c.snapshot()).toEqual(before);
    expect(c.fake.locksHeld()).toEqual([]);
  });

  it('echoes an unknown role id without bidirectional overrides or zero-width characters', () => {
    const c = openConversation({ content: ['Intro'] });
    const failure = expectFailure(
      c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: '\u202Eevil\u200B/role\uFEFF' }),
      'invalid',
      'Unknown target role "evil/role". Choose a role from the list.',
    );
    expect(failure.message).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
  });

  it('throws an unexpected error rather than answering it', () => {
    const c = openConversation({ content: ['Intro'] });
    const app = c.fake.globals.DocumentApp as unknown as { getActiveDocument: () => unknown };
    app.getActiveDocument = () => {
      throw new Error('Cannot read properties of undefined');
    };
    expect(() => c.run('insertConversationAgenda')).toThrow('Cannot read properties of undefined');
    expect(() => c.run('getConversationState')).toThrow('Cannot read properties of undefined');
    expect(c.fake.locksHeld()).toEqual([]);
  });
});

describe('manifest', () => {
  it('asks for exactly the scopes the README justifies', () => {
    const manifest = JSON.parse(readFileSync(join(DOCS_BUILD_DIR, 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
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
      'getPlanRoles',
      'getRoles',
      'insertActionPlanSummary',
      'insertConversationAgenda',
      'insertRoleRequirements',
      'insertSinceLastConversation',
      'menuInsertConversationAgenda',
      'menuInsertSinceLastConversation',
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
