export async function runSources(_d: string, _o: unknown): Promise<number> {
  return 0
}
