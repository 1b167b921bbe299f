// Lint configuration: typescript-eslint's recommended rules over sources, tests and scripts.
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'reports/', 'coverage/', 'test-results/']},
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}]
    }
  }
)
