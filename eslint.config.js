// Flat ESLint config. The one project-specific rule: loader code never imports Lit, the UI or a locale,
// so the first visit can stay within budget and returning visitors load no UI.
import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

const loaderBoundary = {
  patterns: [
    {
      regex: '^(lit|lit-html|lit-element)(/.*)?$|^@lit(-labs)?/',
      message: 'Loader code must not import Lit: the UI is loaded on demand. Only src/ui/** may.',
    },
    {
      regex: '(^|/)ui(/|$)',
      message: 'Loader code must not import the UI: load it with import() through the gate. `import type` is fine.',
    },
    {
      regex: '(^|/)locales(/|$)',
      message: 'Loader code must not statically import a locale: locales are loaded on demand with import().',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-results/',
      '.size-limit-tmp/',
      'examples/**/dist/',
      'examples/**/node_modules/',
      'examples/plain-html/keks/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser }, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      '*.{js,mjs,cjs,ts}',
      'src/node/**',
      'scripts/**',
      'demo/*.mjs',
      'bench/**',
      'test/e2e/**',
      '.ci/**',
      'examples/*.mjs',
      'examples/ssr-node/*.js',
      'examples/*/vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // No focused or skipped tests: they silently shrink what CI proves (preamble "Tests").
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test', 'suite'].flatMap((object) =>
          ['only', 'skip', 'todo'].map((property) => ({
            object,
            property,
            message: 'Commit no focused or skipped tests.',
          })),
        ),
      ],
    },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['test/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/ui/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    // Browser code never reaches Node-only code (scanner, records receiver, CLI): it would land in the bundles.
    files: ['src/**/*.ts'],
    ignores: ['src/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)node/', message: 'Browser code must not import src/node (Node-only code).' }] },
      ],
    },
  },
  {
    // Static imports only: a dynamic import() is the lazy boundary and is allowed.
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**', 'src/i18n/locales/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { ...loaderBoundary, patterns: loaderBoundary.patterns.map((p) => ({ ...p, allowTypeImports: true })) },
      ],
    },
  },
);
