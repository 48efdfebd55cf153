import { existsSync, readFileSync, rmSync } from 'node:fs'

import { hub } from './hub'

/** Stops the hub as Ctrl-C does (the launcher then stops both servers' process groups). */
export default async function globalTeardown(): Promise<void> {
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
}
