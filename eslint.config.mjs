// Lint: typescript-eslint's strict type-checked rules everywhere, and the layer rules of
// docs/architecture.md: what each folder may import and which platform globals it may name.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'HtmlService',
  'LockService',
  'PropertiesService',
  'CacheService',
  'UrlFetchApp',
  'Utilities',
  'Session',
  'ScriptApp',
  'DriveApp',
  'Charts',
  'Logger',
  'GoogleAppsScript',
].map((name) => ({
  name,
  message: 'Apps Script services belong to src/appsscript, src/sheets and src/docs.',
}));
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'HTMLElement'].map(
  (name) => ({
    name,
    message: 'The DOM belongs to src/client.',
  }),
);

/** An import restriction: specifiers matching `regex` are refused with `message`. */
const deny = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports });
const TO_APPS_SCRIPT = deny('(^|/)(appsscript|sheets|docs)/', 'Pure code must not import Apps Script code.');
const TO_CLIENT = deny('(^|/)client/', 'Only the client imports browser code.');
const TO_TOOLS = deny('(^|/)(fake|scripts|tests)(/|$)', 'Shipped code must not import tools or tests.');

const layer = (files, { patterns = [], globals = [] }) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
    'no-restricted-globals': ['error', ...globals],
  },
});

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', 'coverage/**', 'tests/fixtures/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program > :not(ImportDeclaration) ~ ImportDeclaration',
          message: 'Imports go at the top of the file.',
        },
      ],
    },
  },
  {
    // A test's `rows[0]!` fails the test loudly when the row is missing, which is what a test wants.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['**/*.cjs', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
  },

  // Layers. Pure code: no platform, no Apps Script code, no browser code.
  layer(['src/core/**', 'src/catalog/**', 'src/api/**'], {
    patterns: [TO_APPS_SCRIPT, TO_CLIENT, TO_TOOLS],
    globals: [...APPS_SCRIPT_GLOBALS, ...BROWSER_GLOBALS],
  }),
  // Apps Script code both add-ons use: no add-on, no browser.
  layer(['src/appsscript/**'], {
    patterns: [
      deny('(^|/)(sheets|docs)/', 'src/appsscript serves both add-ons and imports neither.'),
      TO_CLIENT,
      TO_TOOLS,
    ],
    globals: BROWSER_GLOBALS,
  }),
  layer(['src/sheets/**'], {
    patterns: [
      deny('(^|/)docs/', 'The Growth Plan add-on does not import the Career Conversation add-on.'),
      TO_CLIENT,
      TO_TOOLS,
    ],
    globals: BROWSER_GLOBALS,
  }),
  layer(['src/docs/**'], {
    patterns: [
      deny('(^|/)sheets/', 'The Career Conversation add-on does not import the Growth Plan add-on.'),
      TO_CLIENT,
      TO_TOOLS,
    ],
    globals: BROWSER_GLOBALS,
  }),
  // The browser: types of the servers' entries only, never their code; no catalog data.
  layer(['src/client/**'], {
    patterns: [
      deny('(^|/)(sheets|docs)/', 'The client sees a server only through `import type` of its entry.', true),
      deny('(^|/)(appsscript|catalog)/', 'The client never bundles Apps Script code or the catalog.'),
      TO_TOOLS,
    ],
    globals: APPS_SCRIPT_GLOBALS,
  }),
  // The Apps Script fake stands alone: it knows nothing of the add-ons.
  layer(['fake/**'], { patterns: [deny('(^|/)(src|scripts|tests)/', 'The fake is a tool of its own.')] }),
  layer(['scripts/**'], { patterns: [deny('(^|/)tests/', 'Scripts do not import tests.')] }),
);
