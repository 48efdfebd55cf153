import type { Payload } from 'payload'
import { vi } from 'vitest'

import { stopPayload } from './payload'

/**
 * Run before each integration file (the int project's setup file). The files of one `vitest`
 * process share it, so that Payload and the other packages load once per process instead of once
 * per file (5 CPU-seconds each). Made fresh here for each file:
 * - the project's own modules, evaluated again: the configuration reads the environment the file
 *   sets, and their module state starts empty;
 * - the environment and `fetch`, put back as the process started them: what a file set (a test
 *   CMS's address, its REST routes behind `fetch`) does not reach the next, even when it failed
 *   before putting them back itself;
 * - Payload's instances, which `getPayload` keeps in a process-wide map (`global._payload`) and
 *   would hand the previous file's to the next: stopped (a file that failed may not have) and
 *   forgotten.
 * Not made fresh: state the packages themselves keep (Payload's migrations collection, sanitised
 * once; the REST routes' one-time `/og` endpoint), and the site's stores on `globalThis` (page
 * store, file permissions), which no integration file relies on being empty.
 */
type Started = { env: NodeJS.ProcessEnv; fetch: typeof fetch }
const holder = globalThis as { coopeAtStart?: Started; _payload?: Map<string, { payload?: Payload | null }> }
const started = (holder.coopeAtStart ??= { env: { ...process.env }, fetch: globalThis.fetch })
for (const name of Object.keys(process.env)) if (!(name in started.env)) Reflect.deleteProperty(process.env, name)
Object.assign(process.env, started.env)
globalThis.fetch = started.fetch
for (const cached of holder._payload?.values() ?? []) if (cached.payload) await stopPayload(cached.payload)
holder._payload?.clear()
vi.resetModules()
