/** Roman numerals of chapters: value and spelling. */

/** The value of a Roman numeral, or 0 when it is not a valid one. */
export function romanValue(numeral: string): number {
  const upper = numeral.toUpperCase()
  if (!/^(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(upper)) return 0
  const values: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100}
  let total = 0
  for (let i = 0; i < upper.length; i++) {
    const value = values[upper[i] ?? ''] ?? 0
    const next = values[upper[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** The Roman numeral for a value from 1 to 399. */
export function toRoman(value: number): string {
  const table: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let rest = value
  let out = ''
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s
      rest -= n
    }
  }
  return out
}
