import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// The import boundaries of DESIGN.md, enforced: shared/ is pure, renderer/ reaches main only
// through the IPC contract.
const sharedBoundary = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node built-ins.' })),
    { name: 'electron', message: 'shared/ is pure: no Electron.' },
    { name: 'react', message: 'shared/ is pure: no React.' },
    { name: 'react-dom', message: 'shared/ is pure: no React.' },
    { name: 'zustand', message: 'shared/ is pure: state lives in the renderer.' },
    { name: 'recharts', message: 'shared/ is pure: charts live in the renderer.' },
  ],
  patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither electron/ nor renderer/.' }],
};
const rendererBoundary = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'renderer/ has no Node: ask main through the IPC contract.' })),
    { name: 'electron', message: 'renderer/ reaches main only through window.pickwise (the IPC contract).' },
  ],
  patterns: [{ group: ['**/electron/**'], message: 'renderer/ never imports electron/.' }],
};
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'location', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results*', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', sharedBoundary],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'shared/ is pure: no DOM.' }))],
    },
  },
  {
    // Events reach a page only through sendEvent, which the contract types (electron/main/ipc/).
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc/send-event.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='send'][callee.object.property.name='webContents']",
          message: 'Send events to a page with sendEvent (electron/main/ipc/send-event.ts): the contract types the event and its payload.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', rendererBoundary],
      // A view re-renders with what it subscribes to: a store hook called without a selector
      // subscribes to the whole store (a timer tick would redraw the chart).
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^use\\w*Store$/][arguments.length=0]',
          message: 'Subscribe to the slice the view uses: useSomeStore((state) => state.field), or useShallow for several.',
        },
      ],
    },
  },
  {
    // Packaging configuration is CommonJS, as electron-builder loads it.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off', 'no-empty-pattern': 'off' },
  },
);
