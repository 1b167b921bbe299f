// Lint configuration: typescript-eslint's recommended rules over sources, tests and scripts, and the layers of src/.
import tseslint from 'typescript-eslint'

// hastscript takes a lone text node after the selector for properties (an empty cell); src/report/hast.ts types it away.
const hastscript = {name: 'hastscript', message: "Import h and s from src/report/hast.ts: its signature forbids a lone node where properties go (wrap it: h('td', [node]))."}
// The same for xastscript and attributes: src/export/xast.ts types it away.
const xastscript = {name: 'xastscript', message: "Import x from src/export/xast.ts: its signature forbids a lone node where attributes go (wrap it: x('p', [node]))."}

// What each folder of src/ may import (besides itself and npm packages); lower layers never import higher ones.
// src/cli and src/index.ts wire everything and may import any folder. See README.md, "Layout".
export const layers = {
  model: [],
  parse: ['model'],
  align: ['model', 'parse'],
  engine: ['model', 'parse', 'align'],
  diff: ['model', 'parse', 'align', 'engine'],
  fmt: ['model', 'parse'],
  git: ['model', 'parse'],
  versions: ['model', 'parse', 'git'],
  import: ['model', 'parse', 'fmt'],
  compare: ['model', 'parse', 'align', 'engine', 'diff'],
  history: ['model', 'parse', 'align', 'engine', 'diff', 'git', 'versions'],
  pr: ['model', 'parse', 'align', 'engine', 'diff', 'git', 'versions'],
  tracker: ['model', 'parse', 'align', 'engine', 'diff', 'compare', 'git', 'versions', 'history'],
  sources: ['model', 'parse', 'align', 'engine', 'diff', 'fmt', 'import', 'versions'],
  export: ['model', 'parse', 'align', 'engine', 'diff', 'report'],
  report: ['model']
}
const folders = [...Object.keys(layers), 'cli']

/** One config block per layer: importing a folder the layer may not see fails `npm run lint`. */
const layerRules = Object.entries(layers).map(([layer, allowed]) => {
  const forbidden = folders.filter((folder) => folder !== layer && !allowed.includes(folder))
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [hastscript, xastscript],
        patterns: [{group: forbidden.flatMap((folder) => [`../${folder}`, `../${folder}/*`]), message: `src/${layer} may import only ${allowed.length > 0 ? allowed.map((f) => `src/${f}`).join(', ') : 'nothing else in src'} (layers: eslint.config.js); move the shared code down a layer.`}]
      }]
    }
  }
})

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'reports/', 'coverage/', 'test-results/']},
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'no-restricted-imports': ['error', {paths: [hastscript, xastscript]}]
    }
  },
  // Functions stay under 80 lines; a longer one needs an eslint-disable-next-line comment that says why.
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', {max: 80, skipBlankLines: true, skipComments: true, IIFEs: true}]
    }
  },
  ...layerRules
)
