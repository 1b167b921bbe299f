/** Reading many blobs through one long-running `git cat-file --batch`, not one process per file. */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'

interface Pending {
  resolve: (value: Uint8Array | null) => void
  reject: (error: Error) => void
}

/** A reader of blob contents by object id; `close()` ends the git process. */
export class BlobReader {
  private process: ChildProcessWithoutNullStreams
  private buffer: Buffer<ArrayBufferLike> = Buffer.alloc(0)
  private queue: Pending[] = []
  private failed: Error | null = null

  constructor(root: string) {
    this.process = spawn('git', ['cat-file', '--batch'], {cwd: root})
    this.process.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
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

  /** The contents of a blob, or null when the object does not exist. */
  read(id: string): Promise<Uint8Array | null> {
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
    while (this.queue.length > 0) {
      const newline = this.buffer.indexOf(10)
      if (newline === -1) return
      const header = this.buffer.subarray(0, newline).toString('utf8')
      if (header.endsWith(' missing')) {
        this.buffer = this.buffer.subarray(newline + 1)
        this.queue.shift()?.resolve(null)
        continue
      }
      const size = Number(header.split(' ')[2])
      if (this.buffer.length < newline + 1 + size + 1) return
      const content = Uint8Array.prototype.slice.call(this.buffer, newline + 1, newline + 1 + size)
      this.buffer = this.buffer.subarray(newline + 1 + size + 1)
      this.queue.shift()?.resolve(content)
    }
  }
}
