import tseslint from 'typescript-eslint';

/**
 * House rules that guard patient text: page text is only ever rendered as
 * text, and no code is built from strings. Tests may use innerHTML to build
 * fixture DOMs; product code may not.
 */
export const safetyRules = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-syntax': [
    'error',
    { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render page text as text: innerHTML/outerHTML are forbidden in CodeCue code.' },
    { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is forbidden in CodeCue code.' },
    { selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']", message: 'document.write is forbidden in CodeCue code.' },
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden in CodeCue code.' },
    { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden in CodeCue code.' },
  ],
  // Logs must never carry note text: only errors and warnings, written by hand.
  'no-console': ['error', { allow: ['error', 'warn'] }],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/**', 'public/**', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: safetyRules,
  },
  {
    // Command-line tools print their results to stdout by design.
    files: ['scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
