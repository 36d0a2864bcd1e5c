import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureLayers = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', '@xyflow/*', '@xstate/react'],
      message: 'Lõi thuần: không dùng React.',
    },
    { group: ['dexie', 'dexie-*'], message: 'Lõi thuần: không dùng Dexie.' },
    {
      group: ['**/ui/**', '**/store/**', '**/store', '**/app/**', '**/app', '**/documents/**'],
      message: 'Lõi thuần: chỉ phụ thuộc vào domain/engine.',
    },
  ],
};

/** The screens reach data only through src/app; only the page's start (shell/startup.ts) opens the database. */
const noStore = { regex: '(^|/)store(/|$)|^dexie$', message: 'Giao diện chỉ dùng dữ liệu qua src/app.' };

/** UI features import the kits (controls, plan-view, i18n, router, shell), app, domain and engine, never each other. */
const FEATURES = ['library', 'editor', 'report', 'import', 'runs', 'body-directory', 'settings', 'simulate'];
const KITS = ['controls', 'plan-view', 'i18n', 'router', 'shell'];
const notFeatures = (names) => ({
  regex: `(^|/)(${names.join('|')})(/|$)`,
  message:
    'Một tính năng giao diện không dùng tính năng khác: hãy chuyển phần dùng chung vào một bộ dùng chung (controls, plan-view…).',
});
const uiRules = (files, forbidden, patterns = [noStore]) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...patterns, ...(forbidden.length ? [notFeatures(forbidden)] : [])] },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureLayers.patterns,
            { group: ['xstate', 'xstate/*', '**/engine/**'], message: 'domain chỉ phụ thuộc vào zod.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'indexedDB', 'localStorage'],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/calendar/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureLayers],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'indexedDB', 'localStorage'],
    },
  },
  {
    files: ['src/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureLayers.patterns,
            { group: ['xstate', 'xstate/*'], message: 'documents chỉ phụ thuộc vào domain/engine.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'indexedDB', 'localStorage'],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@xyflow/*', '@xstate/react'],
              message: 'store: không dùng React.',
            },
            {
              group: ['**/ui/**', '**/engine/**', '**/app/**', '**/app', '**/documents/**'],
              message: 'store chỉ phụ thuộc vào domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureLayers.patterns.slice(0, 2),
            { group: ['**/ui/**', '**/ui'], message: 'src/app không dùng giao diện.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'indexedDB', 'localStorage'],
    },
  },
  uiRules(['src/ui/*.{ts,tsx}'], []),
  ...FEATURES.map((feature) =>
    uiRules(
      [`src/ui/${feature}/**/*.{ts,tsx}`],
      FEATURES.filter((f) => f !== feature),
    ),
  ),
  ...KITS.map((kit) => uiRules([`src/ui/${kit}/**/*.{ts,tsx}`], FEATURES)),
  uiRules(['src/ui/shell/startup.ts'], FEATURES, []),
);
