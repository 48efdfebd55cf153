import { spawn } from 'node:child_process'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..', '..')

export type Outcome = { code: number | null; stdout: string; stderr: string }

/** Runs a TypeScript entry point of the project in its own process, as npm scripts do. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): Promise<Outcome> {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })))
}
