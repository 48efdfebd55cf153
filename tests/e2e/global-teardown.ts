import { existsSync, readFileSync, rmSync } from 'node:fs'

import { isPortFree } from '../../cms/launcher/ports'
import { hub } from './hub'

/** Stops the hub as Ctrl-C does (the launcher then stops both servers' process groups). */
export default async function globalTeardown(): Promise<void> {
  // Run beside the shared hub's specs, the newcomer test must leave their hub alone.
  if (process.env.E2E_NO_SHARED_HUB) return
  if (!existsSync(hub.pidFile)) return
  const pid = Number(readFileSync(hub.pidFile, 'utf8'))
  const alive = () => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  try {
    process.kill(pid, 'SIGINT')
  } catch {
    // already stopped
  }
  const deadline = Date.now() + 15_000
  while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  if (alive()) process.kill(-pid, 'SIGKILL')
  rmSync(hub.dir, { recursive: true, force: true })
  // Ctrl-C must leave nothing behind: both servers' ports are free again.
  for (const url of [hub.cmsUrl, hub.siteUrl]) {
    const port = Number(new URL(url).port)
    if (!(await isPortFree(port))) throw new Error(`Port ${port} is still in use after the hub was stopped.`)
  }
}
