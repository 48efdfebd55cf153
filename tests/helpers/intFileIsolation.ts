import { vi } from 'vitest'

/**
 * Run before each integration file (the int project's setup file). The files of one `vitest`
 * process share it, so that Payload and the other packages load once per process instead of once
 * per file (5 CPU-seconds each). What files must not share is made fresh here:
 * - the project's own modules, evaluated again: the configuration reads the environment the file
 *   sets, and module state starts empty;
 * - the environment, put back as the process started: what a file set does not reach the next;
 * - Payload's instances, which `getPayload` keeps in a process-wide map (`global._payload`) and
 *   would hand the previous file's to the next.
 */
const started = ((globalThis as { coopeEnvAtStart?: NodeJS.ProcessEnv }).coopeEnvAtStart ??= { ...process.env })
for (const name of Object.keys(process.env)) if (!(name in started)) Reflect.deleteProperty(process.env, name)
Object.assign(process.env, started)
;(globalThis as { _payload?: Map<string, unknown> })._payload?.clear()
vi.resetModules()
