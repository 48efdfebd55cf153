/** Operator-facing sentences for what most often stops the hub from starting. */

export const portInUse = (name: string, port: number) =>
  `Port ${port} (${name}) is already in use: stop the program using it, or set ${name} in .env to a free port.`

/** For failures the pre-flight checks could not foresee (the checks name the usual ones). */
export function describeDatabaseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return `The database could not be prepared: ${message.split('\n')[0]!.trim()}. Nothing was committed: fix the cause and run npm start again.`
}
