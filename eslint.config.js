// Lint rules: typescript-eslint's recommended set, named exports only, type-only imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    // The product never imports the benchmarks or the test helpers; tests may (the browser test imports a bench network).
    files: ['api/src/**/*.{ts,tsx}', 'viewer/src/**/*.{ts,tsx}', 'common/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/bench/**', '**/test-utils/**'], message: 'Product code must not import bench/ or test-utils/.' }] },
      ],
    },
  },
  {
    // Tool configuration files must export a default.
    files: ['*.config.ts', '*.config.js', 'codegen.ts', 'test-utils/globalSetup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
