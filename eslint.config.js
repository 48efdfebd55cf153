import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.astro/',
      'cms/.next/',
      'cms/data/',
      'cms/next-env.d.ts',
      'cms/migrations/',
      'cms/app/(payload)/admin/importMap.js',
      'schemas/payload-types.ts',
      'media/',
      'test-results/',
      'test-results-fresh-machine/',
      'playwright-report/',
      'tests/.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cms/**', '../cms/*'],
              message: 'The site reaches the CMS over HTTP only (site/lib/content.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Scripts the site's pages load in the browser.
    files: ['site/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['cms/**', 'payload.config.ts', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['schemas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/cms/**', '**/site/**'], message: 'schemas/ depends on nothing of the CMS or the site.' },
          ],
        },
      ],
    },
  },
)
