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
      group: ['**/ui/**', '**/store/**', '**/import/**'],
      message: 'Lõi thuần: chỉ phụ thuộc vào domain/engine.',
    },
  ],
};

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
    files: ['src/engine/**/*.ts'],
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
              group: ['**/ui/**', '**/engine/**', '**/import/**'],
              message: 'store chỉ phụ thuộc vào domain.',
            },
          ],
        },
      ],
    },
  },
);
