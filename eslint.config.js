// Lint rules: typescript-eslint's recommended set, named exports only, type-only imports, and the
// layering of the code (no import cycles, no imports up or across the layers, the driver only in db/).
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const API = './api/src';
/** What sits above the database layer: db/ imports none of it. */
const ABOVE_DB = ['ingest', 'model', 'graph', 'http', 'briefing', 'edit', 'auth', 'domain', 'observability'].map((f) => `${API}/${f}`);
/** The entry points and the composition roots: only an entry point imports a root. */
const ROOTS = ['main.ts', 'cli.ts', 'server.ts', 'commands.ts', 'prepareDatabase.ts'].map((f) => `${API}/${f}`);
const PRODUCT = [API, './viewer/src', './common'];

/** The benchmarks and the test fixtures: product code never imports them (tests may). */
const TOOLS = {
  target: PRODUCT,
  from: ['./bench', './test-utils'],
  message: 'Product code never imports the benchmarks or test fixtures.',
};

/** The layering of the product code, as import-x/no-restricted-paths zones. */
const layers = [
  { target: `${API}/db`, from: [...ABOVE_DB, ...ROOTS], message: 'db/ is the bottom layer: it imports nothing above it.' },
  {
    target: `${API}/ingest`,
    from: ['graph', 'http', 'briefing', 'edit'].map((f) => `${API}/${f}`).concat(ROOTS),
    message: 'ingest/ does not depend on the GraphQL, HTTP, briefing or edit layers.',
  },
  {
    target: `${API}/model`,
    from: ['ingest', 'graph', 'http', 'briefing', 'edit'].map((f) => `${API}/${f}`).concat(ROOTS),
    message: 'model/ is the read model below graph/, briefing/ and edit/.',
  },
  { target: ['./common'], from: '.', except: ['./common'], message: 'common/ imports nothing outside itself.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'neo4j/target/**', '**/__generated__/**', '.data/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        window: 'readonly',
        document: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // The layering. Folder-level cycles (which no-cycle, working file by file, does not see) are
    // caught by api/src/folderCycles.test.ts.
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
      // Without a parser for .ts, the imports of imported files are not read, and no-cycle sees no cycle.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layers, TOOLS] }],
    },
  },
  {
    // A test may wire up the whole stack (a fault test in db/ runs GraphQL over it) and use the
    // fixtures of test-utils/ and bench/ (the browser test draws a generated bench network).
    files: ['**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    // Only the executor and its neighbours in db/ talk to the driver (the benchmarks' raw-driver
    // yardstick and the test fixtures, outside the product, do too, on purpose).
    files: ['api/src/**/*.ts', 'viewer/src/**/*.ts', 'common/**/*.ts'],
    ignores: ['api/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only api/src/db/ imports the driver; use the Executor.' }] },
      ],
    },
  },
  {
    // common/ is pure: no package, no node:*, nothing from the rest of the repository.
    files: ['common/**/*.ts'],
    ignores: ['common/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./)', message: 'common/ imports only its own files (./…).' }] }],
    },
  },
  {
    // Tool configuration files must export a default.
    files: ['*.config.ts', '*.config.js', 'codegen.ts', 'test-utils/globalSetup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
