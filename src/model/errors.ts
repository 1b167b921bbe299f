/** Errors every layer may raise: a problem with what the user asked for (exit code 2). */

/** A problem with what the user asked to read: exit code 2, message names the path. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}
