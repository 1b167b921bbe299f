/** Line index of a normalised text: offsets to points and back, and line access. */
import type {Point, Range} from '../model/types.js'

/** Line starts of a text, for offsets ↔ line and column and line access. */
export class LineIndex {
  /** Offset of each line's first character. */
  readonly starts: number[]
  constructor(readonly text: string, readonly file: string) {
    this.starts = [0]
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  /** Number of lines (a final line without a line end counts). */
  get lineCount(): number {
    return this.starts.length
  }

  /** The text of a 0-based line, without its line end. */
  line(index: number): string {
    const start = this.starts[index] ?? this.text.length
    const next = this.starts[index + 1]
    return this.text.slice(start, next === undefined ? this.text.length : next - 1)
  }

  /** Offset of the first character of a 0-based line. */
  lineStart(index: number): number {
    return this.starts[index] ?? this.text.length
  }

  /** Offset just past the last character of a 0-based line (before its `\n`). */
  lineEnd(index: number): number {
    const next = this.starts[index + 1]
    return next === undefined ? this.text.length : next - 1
  }

  /** The 1-based line and column of an offset. */
  point(offset: number): Point {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: offset - (this.starts[low] ?? 0) + 1, offset}
  }

  /** A `Range` in this file from two offsets. */
  range(start: number, end: number): Range {
    return {file: this.file, start: this.point(start), end: this.point(end)}
  }
}
