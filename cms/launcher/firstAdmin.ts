import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The first admin's login, as the demo load created it; `password` is null when the operator chose it. */
export type FirstAdminLogin = { email: string; password: string | null }

const fileIn = (dataDir: string) => path.join(dataDir, 'first-admin.json')

/**
 * Keeps the first admin's login in `<dataDir>/first-admin.json`, readable by this user only
 * (mode 0600), until {@link takeFirstAdminLogin} has shown it: a failure between the demo load and
 * the servers being up must not lose a password that exists nowhere else.
 */
export function keepFirstAdminLogin(dataDir: string, login: FirstAdminLogin): void {
  writeFileSync(fileIn(dataDir), JSON.stringify(login), { mode: 0o600 })
  // `mode` applies only to a new file: a file left by an earlier start is narrowed too.
  chmodSync(fileIn(dataDir), 0o600)
}

/** Hands the kept login to `shown`, then removes the file; does nothing when no login is kept. */
export function takeFirstAdminLogin(dataDir: string, shown: (login: FirstAdminLogin) => void): void {
  const file = fileIn(dataDir)
  if (!existsSync(file)) return
  shown(JSON.parse(readFileSync(file, 'utf8')) as FirstAdminLogin)
  rmSync(file)
}

/** The framed block that closes a first start: easy to find at the bottom of the terminal. */
export function describeFirstAdminLogin(login: FirstAdminLogin, cmsUrl: string): string {
  const lines = [
    'First admin account (created with the demo content):',
    `  e-mail:   ${login.email}`,
    login.password === null ? '  password: the ADMIN_PASSWORD you set' : `  password: ${login.password}`,
    `Sign in at ${cmsUrl}/admin and change it.`,
    login.password === null ? '' : 'Note it now: it is shown only this once.',
  ].filter(Boolean)
  const width = Math.max(...lines.map((line) => line.length)) + 2
  const rule = '─'.repeat(width)
  return [`┌${rule}┐`, ...lines.map((line) => `│ ${line.padEnd(width - 1)}│`), `└${rule}┘`].join('\n')
}
