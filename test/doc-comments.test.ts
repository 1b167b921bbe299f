// Every export of src/ says what it is: a `/** … */` comment on each exported declaration and re-export.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

/** An exported declaration: where it is and the name it exports. */
interface Exported {
  file: string
  line: number
  name: string
  documented: boolean
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .map((path) => join(dir, path).replace(/\\/g, '/'))
    .sort()

const isExported = (node: ts.Node): boolean => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)

/**
 * Whether a `/** … *\/` comment comes right before the statement (other comments may sit between). The comment
 * opening a file describes the module: it documents the first statement only when that is the file's only one.
 */
function hasDocComment(text: string, node: ts.Statement, source: ts.SourceFile): boolean {
  const moduleComment = source.statements.length > 1
  return (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).some(
    (range) => range.kind === ts.SyntaxKind.MultiLineCommentTrivia && /^\/\*\*[^/]/.test(text.slice(range.pos, range.end)) && !(moduleComment && range.pos === 0)
  )
}

/** The names a top-level statement exports, or null when it exports nothing. */
function exportedNames(node: ts.Statement): string[] | null {
  if (ts.isExportDeclaration(node)) {
    const clause = node.exportClause
    if (!clause) return ['*']
    return ts.isNamedExports(clause) ? clause.elements.map((e) => e.name.text) : [`* as ${clause.name.text}`]
  }
  if (ts.isExportAssignment(node)) return ['default']
  if (!isExported(node)) return null
  if (ts.isVariableStatement(node)) return node.declarationList.declarations.map((d) => d.name.getText())
  if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) return [node.name?.text ?? 'default']
  if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node) || ts.isModuleDeclaration(node)) return [node.name.getText()]
  return [node.getText().slice(0, 40)]
}

/** Every exported declaration of a file; an overloaded function counts once, at its first signature. */
function exportsOf(file: string): Exported[] {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const out: Exported[] = []
  const functions = new Set<string>()
  for (const statement of source.statements) {
    const names = exportedNames(statement)
    if (names === null) continue
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      if (functions.has(statement.name.text)) continue
      functions.add(statement.name.text)
    }
    const line = source.getLineAndCharacterOfPosition(statement.getStart(source)).line + 1
    out.push({file, line, name: names.join(', '), documented: hasDocComment(text, statement, source)})
  }
  return out
}

describe('doc comments', () => {
  const exported = sourceFiles('src').flatMap(exportsOf)

  it('finds the exports of src/', () => {
    // A guard against a walker that finds nothing and so passes.
    expect(exported.length).toBeGreaterThan(300)
    expect(exported.map((e) => e.name)).toEqual(expect.arrayContaining(['citeUnit', 'markedUnits', 'compareDrafts', 'CiteOptions', 'Version']))
  })

  it('every exported declaration and re-export of src/ has a /** … */ comment', () => {
    expect(exported.filter((e) => !e.documented).map((e) => `${e.file}:${e.line} ${e.name}`)).toEqual([])
  })

  it('tells a documented export from an undocumented one', () => {
    const text = ['/** Module. */', "export {a} from './a.js'", '', '/** Documented. */', 'export const b = 1', '// Not a doc comment.', 'export function c() {}', "export {d} from './d.js'", '/* Not one either. */', 'export type E = string', '/** Re-exported. */', "export * from './f.js'", ''].join('\n')
    const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
    const seen = source.statements.flatMap((s) => {
      const names = exportedNames(s)
      return names === null ? [] : [`${names.join(', ')}: ${hasDocComment(text, s, source)}`]
    })
    expect(seen).toEqual(['a: false', 'b: true', 'c: false', 'd: false', 'E: false', '*: true'])
  })

  it('reads the comment opening a file as the doc of its only statement', () => {
    const text = "/** Kept importable from here. */\nexport {a} from './a.js'\n"
    const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
    expect(hasDocComment(text, source.statements[0] as ts.Statement, source)).toBe(true)
  })
})
