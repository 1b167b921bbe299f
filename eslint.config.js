// Lint configuration: typescript-eslint's recommended rules over sources, tests and scripts.
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'reports/', 'coverage/', 'test-results/']},
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // hastscript takes a lone text node after the selector for properties (an empty cell); src/report/hast.ts types it away.
      'no-restricted-imports': ['error', {paths: [{name: 'hastscript', message: "Import h and s from src/report/hast.ts: its signature forbids a lone node where properties go (wrap it: h('td', [node]))."}, {name: 'xastscript', message: "Import x from src/export/xast.ts: its signature forbids a lone node where attributes go (wrap it: x('p', [node]))."}]}]
    }
  }
)
