import { type Config, defaultLoggerOptions, type PayloadLogger } from 'payload'

type LoggerConfig = Exclude<NonNullable<Config['logger']>, 'sync' | PayloadLogger>
type Logged = { err?: unknown }

/**
 * The HTTP status of a refusal that Payload is about to log: any 4xx, or one of the hub's own
 * refusals (`refusal()`: a stable `code` in its data, such as 503 `email-not-configured`);
 * undefined for anything else, which stays a real fault.
 */
export function refusalStatus(logged: unknown): number | undefined {
  const err = (logged as Logged | null)?.err as { status?: unknown; data?: { code?: unknown } } | null | undefined
  const status = err?.status
  if (typeof status !== 'number') return undefined
  return (status >= 400 && status < 500) || typeof err?.data?.code === 'string' ? status : undefined
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
