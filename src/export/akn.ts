/** Placeholder. */
export function aknDocuments(_: unknown[]): Array<{label: string; xml: string}> {
  return []
}
