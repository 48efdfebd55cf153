import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { type ParsedMail, simpleParser } from 'mailparser'

import { root } from './run'

export type Mailbox = {
  /** smtp:// address to give the CMS as SMTP_URL. */
  url: string
  /** The next message the server receives (or one already received and not yet taken). */
  next: () => Promise<ParsedMail>
  stop: () => Promise<void>
}

/** Starts tests/helpers/smtpServerProcess.ts in its own process and reads what it receives. */
export async function startMailbox(): Promise<Mailbox> {
  const child = spawn(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    [path.join(root, 'tests', 'helpers', 'smtpServerProcess.ts')],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const received: ParsedMail[] = []
  const waiting: ((mail: ParsedMail) => void)[] = []
  let onPort: (port: number) => void = () => undefined
  const port = new Promise<number>((resolve) => (onPort = resolve))
  createInterface({ input: child.stdout }).on('line', (line) => {
    const event = JSON.parse(line) as { port?: number; raw?: string }
    if (event.port) onPort(event.port)
    if (event.raw)
      void simpleParser(Buffer.from(event.raw, 'base64')).then((mail) => {
        const taker = waiting.shift()
        if (taker) taker(mail)
        else received.push(mail)
      })
  })
  return {
    url: `smtp://127.0.0.1:${await port}`,
    next: () => {
      const mail = received.shift()
      return mail ? Promise.resolve(mail) : new Promise((resolve) => waiting.push(resolve))
    },
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}
