// ESLint (flat config): `npm run lint`, run in CI. typescript-eslint's recommended rules (without type
// information: `npm run typecheck` has the types), eslint-plugin-lit for templates, eslint-plugin-wc for the
// custom-element lifecycle. Formatting is Prettier's (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'custom-elements.json', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['examples/**/*.js', 'src/embed/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // These scripts run some functions inside a page (page.evaluate): those see `window`.
    files: [
      'scripts/bench-report.mjs',
      'scripts/bench-cold.mjs',
      'scripts/check-stories.mjs',
      'scripts/bench.mjs',
      'scripts/screenshot.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The cold race's floor element runs in the page.
    files: ['scripts/bench-floor.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions; tests spoil foreign JSON
    // documents field by field through `any`.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // CommonJS files (`.cjs`) load what they need with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // `_`-prefixed names mark deliberately unused parameters (callbacks with fixed signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
