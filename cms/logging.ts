import { type Config, defaultLoggerOptions, type PayloadLogger } from 'payload'

type LoggerConfig = Exclude<NonNullable<Config['logger']>, 'sync' | PayloadLogger>
type Logged = { err?: unknown }

/** The HTTP status of a refusal (4xx) that Payload is about to log, or undefined for anything else. */
export function refusalStatus(logged: unknown): number | undefined {
  const err = (logged as Logged | null)?.err
  const status = (err as { status?: unknown } | null | undefined)?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/**
 * Payload's logger, with the same pretty output, except for refused requests (401, 403, 404…).
 * Payload logs those as an ERROR with a stack trace unless the error's class name is listed in
 * `loggingLevels`, and the production build renames classes, so every refusal became a trace. A
 * refusal is the server working as meant: it is one INFO line; stack traces stay for real faults.
 */
export const logger: LoggerConfig = {
  destination: defaultLoggerOptions,
  options: {
    hooks: {
      logMethod(args, method) {
        const [first] = args
        const status = refusalStatus(first)
        if (status === undefined) return method.apply(this, args)
        return this.info(`Refused (${status}): ${((first as Logged).err as Error).message}`)
      },
    },
  },
}
