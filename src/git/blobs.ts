/** Reading many blobs through one long-running `git cat-file --batch`, not one process per file. */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'

/** An object larger than the reader's limit: its size, from the batch header; its contents were never kept. */
export class TooLarge {
  constructor(readonly size: number) {}
}

interface Pending {
  resolve: (value: Uint8Array | TooLarge | null) => void
  reject: (error: Error) => void
}

/** A reader of blob contents by object id; `close()` ends the git process. Objects over `maxBytes` are skipped as they stream by, never held. */
export class BlobReader {
  /** Bytes of an oversized object still to skip (with its trailing newline). */
  private skip = 0
  private process: ChildProcessWithoutNullStreams
  /** Output not yet consumed, as received (joined only once a whole object has arrived). */
  private chunks: Buffer[] = []
  private length = 0
  /** Size of the object whose header was read and whose contents are awaited. */
  private size: number | null = null
  private queue: Pending[] = []
  private failed: Error | null = null

  constructor(
    root: string,
    private readonly maxBytes = Infinity
  ) {
    this.process = spawn('git', ['cat-file', '--batch'], {cwd: root})
    this.process.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk)
      this.length += chunk.length
      this.drain()
    })
    const fail = (error: Error) => {
      this.failed = error
      for (const pending of this.queue.splice(0)) pending.reject(error)
    }
    this.process.on('error', fail)
    this.process.on('close', (code) => {
      if (this.queue.length > 0) fail(new Error(`git cat-file exited with code ${code}`))
    })
  }

  /** The contents of a blob, `TooLarge` when its header says it is over the limit, or null when the object does not exist. */
  read(id: string): Promise<Uint8Array | TooLarge | null> {
    if (!/^[0-9a-f]{4,64}$/.test(id)) return Promise.reject(new Error(`\`${id}\` is not an object id`))
    if (this.failed) return Promise.reject(this.failed)
    return new Promise((resolve, reject) => {
      this.queue.push({resolve, reject})
      this.process.stdin.write(`${id}\n`)
    })
  }

  close(): void {
    this.process.stdin.end()
  }

  private drain(): void {
    while (this.queue.length > 0 || this.skip > 0) {
      if (this.skip > 0) {
        const count = Math.min(this.skip, this.length)
        if (count === 0) return
        this.consume(count)
        this.skip -= count
        continue
      }
      if (this.size === null) {
        const newline = this.find(10)
        if (newline === -1) return
        const header = this.take(newline + 1).subarray(0, newline).toString('utf8')
        this.consume(newline + 1)
        if (header.endsWith(' missing')) {
          this.queue.shift()?.resolve(null)
          continue
        }
        const size = Number(header.split(' ')[2])
        if (size > this.maxBytes) {
          this.skip = size + 1
          this.queue.shift()?.resolve(new TooLarge(size))
          continue
        }
        this.size = size
      }
      // Wait for the whole object and its trailing newline, then join only the chunks holding it.
      if (this.length < this.size + 1) return
      const joined = this.take(this.size + 1)
      // A view when the object is most of the joined buffer (no copy), else a copy (so the rest can be freed).
      const content = joined.length < 2 * this.size + 64 ? new Uint8Array(joined.buffer, joined.byteOffset, this.size) : Uint8Array.prototype.slice.call(joined, 0, this.size)
      this.consume(this.size + 1)
      this.size = null
      this.queue.shift()?.resolve(content)
    }
  }

  /** The offset of the first `byte` in the unconsumed output, or -1. */
  private find(byte: number): number {
    let offset = 0
    for (const chunk of this.chunks) {
      const at = chunk.indexOf(byte)
      if (at !== -1) return offset + at
      offset += chunk.length
    }
    return -1
  }

  /** The first chunk, made to hold at least `count` bytes by joining only the chunks needed. */
  private take(count: number): Buffer {
    const first = this.chunks[0] ?? Buffer.alloc(0)
    if (first.length >= count) return first
    let k = 0
    let length = 0
    while (length < count && k < this.chunks.length) length += (this.chunks[k++] as Buffer).length
    const joined = Buffer.concat(this.chunks.slice(0, k), length)
    this.chunks.splice(0, k, joined)
    return joined
  }

  private consume(count: number): void {
    let left = count
    while (left > 0 && this.chunks.length > 0) {
      const first = this.chunks[0] as Buffer
      if (first.length <= left) {
        this.chunks.shift()
        left -= first.length
      } else {
        this.chunks[0] = first.subarray(left)
        left = 0
      }
    }
    this.length -= count
  }
}
