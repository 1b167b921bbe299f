// No import cycles in src/: every module can be loaded before the modules that import it. Layers (lint) keep folders
// in order; this keeps modules in order inside a folder too. Type-only imports and lazy `import()` do not count.
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, normalize} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

/** The modules a file loads at run time: static imports and re-exports of relative paths that are not type-only. */
function runtimeImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const out: string[] = []
  for (const node of source.statements) {
    const specifier = (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : null
    if (specifier === null || !specifier.startsWith('.')) continue
    if (ts.isImportDeclaration(node) ? typeOnlyImport(node) : ts.isExportDeclaration(node) && typeOnlyExport(node)) continue
    out.push(normalize(join(dirname(file), specifier.replace(/\.js$/, '.ts'))).replace(/\\/g, '/'))
  }
  return out
}

function typeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause
  const named = clause?.namedBindings
  return Boolean(clause?.isTypeOnly || (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)))
}

function typeOnlyExport(node: ts.ExportDeclaration): boolean {
  const clause = node.exportClause
  return node.isTypeOnly || Boolean(clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly))
}

/** Every cycle's modules (strongly connected components of more than one module, or a module importing itself), by Tarjan's algorithm. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0))
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string | undefined
    do {
      member = stack.pop()
      if (member === undefined) break
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort())
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return found
}

describe('import cycles', () => {
  it('src/ has none', () => {
    const files = readdirSync('src', {recursive: true, encoding: 'utf8'})
      .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
      .map((path) => join('src', path).replace(/\\/g, '/'))
    const graph = new Map(files.map((file) => [file, runtimeImports(file, readFileSync(file, 'utf8'))]))
    expect(graph.size).toBeGreaterThan(150)
    expect(cycles(graph)).toEqual([])
  })

  it('finds a cycle through re-exports, and ignores type-only imports and lazy import()', () => {
    const sources: Record<string, string> = {
      'src/engine/a.ts': "import {b} from './b.js'\nimport type {C} from './c.js'\nexport const a = b\n",
      'src/engine/b.ts': "export {a as b} from './a.js'\n",
      'src/engine/c.ts': "import {type A} from './a.js'\nexport type C = A\nexport const load = () => import('./a.js')\n"
    }
    const graph = new Map(Object.entries(sources).map(([file, text]) => [file, runtimeImports(file, text)]))
    expect(graph.get('src/engine/c.ts')).toEqual([])
    expect(cycles(graph)).toEqual([['src/engine/a.ts', 'src/engine/b.ts']])
  })
})
