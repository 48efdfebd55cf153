import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { hub } from './hub'

const root = path.resolve(import.meta.dirname, '..', '..')

/** Starts the hub as `npm start` does (building when stale) and waits until it says it is running. */
export default async function globalSetup(): Promise<void> {
  // The newcomer test alone (tests/runAll.ts runs it beside the other lanes) builds a hub of its own.
  if (process.env.E2E_NO_SHARED_HUB) return
  rmSync(hub.dir, { recursive: true, force: true })
  mkdirSync(hub.dir, { recursive: true })
  const adminPassword = randomBytes(18).toString('base64url')
  process.env.E2E_ADMIN_PASSWORD = adminPassword
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['cms/launcher/start.ts'], {
    cwd: root,
    env: { ...process.env, ...hub.env, ADMIN_PASSWORD: adminPassword },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  writeFileSync(hub.pidFile, String(child.pid))
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The hub did not start within 20 minutes:\n${output.slice(-4000)}`)),
      1_200_000,
    )
    const onData = (chunk: Buffer) => {
      output += chunk
      if (output.includes('La Coopé is running')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The hub exited (${code}) before it was ready:\n${output.slice(-4000)}`))
    })
  })
  // Keep draining the servers' output so they never block on a full pipe.
  child.stdout.resume()
  child.stderr.resume()
  child.unref()
}
