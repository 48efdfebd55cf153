import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')

/** The Node.js that most Linux distributions ship, from the npm registry (like the hub's own Node 24). */
export const OLD_NODE = '20.20.2'

/**
 * A folder with `node` of version {@link OLD_NODE} in it, installed once into tests/.tmp (ignored
 * by git) from the npm registry's `node` package.
 */
export function oldNodeBin(): string {
  const prefix = path.join(root, 'tests', '.tmp', `node-${OLD_NODE}`)
  const bin = path.join(prefix, 'node_modules', '.bin')
  if (!existsSync(path.join(bin, 'node'))) {
    mkdirSync(prefix, { recursive: true })
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `node@${OLD_NODE}`], {
      stdio: 'ignore',
    })
  }
  return bin
}

/**
 * Copies what a clone of the working tree would hold (tracked files and new ones git does not
 * ignore, as they are now) into `dest`: no node_modules, no builds, no data, no .env.
 */
export function copyWorkingTree(dest: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root })
    .toString()
    .split('\0')
    .filter((file) => file && existsSync(path.join(root, file)))
  for (const file of files) cpSync(path.join(root, file), path.join(dest, file))
}

/**
 * What the machine's own shells set to reach the npm registry: the certificate authorities to trust
 * (a network that inspects TLS adds its own) and the proxy. Without them every registry request of
 * `npm ci` fails its TLS check and is retried for seconds before npm falls back on its cache: minutes
 * of waiting on such a machine, which a newcomer's shell there would not have.
 */
const MACHINE_NETWORK = [
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
]

/**
 * The environment of a newcomer's shell on this machine: `bin` first on the PATH, the machine's
 * network settings, none of this test run's node_modules/.bin, npm or hub settings.
 */
export function newcomerEnv(bin: string): NodeJS.ProcessEnv {
  const pathEntries = (process.env.PATH ?? '').split(path.delimiter).filter((entry) => !entry.includes('node_modules'))
  const kept = ['HOME', 'USER', 'LANG', 'TERM', 'TMPDIR', 'CI', ...MACHINE_NETWORK]
  const env = Object.fromEntries(kept.filter((name) => process.env[name]).map((name) => [name, process.env[name]]))
  // Next's global types make NODE_ENV required; a newcomer's shell has none.
  return { ...env, PATH: [bin, ...pathEntries].join(path.delimiter) } as unknown as NodeJS.ProcessEnv
}

/** A command running in its own process group, with everything it prints collected in `output`. */
export type Command = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

/** Starts `npm ARGS` in `cwd` as a shell would, in a process group of its own (see {@link interrupt}). */
export function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv): Command {
  const child = spawn('npm', args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { child, output: () => output, exited }
}

/** Resolves once the command has printed `text`; rejects if it exits first or `timeoutMs` passes. */
export function printed(command: Command, text: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Not printed within ${timeoutMs} ms: ${text}\n${command.output()}`)),
      timeoutMs,
    )
    const check = () => {
      if (!command.output().includes(text)) return
      clearTimeout(timer)
      resolve()
    }
    command.child.stdout?.on('data', check)
    command.child.stderr?.on('data', check)
    void command.exited.then((code) => {
      clearTimeout(timer)
      if (command.output().includes(text)) resolve()
      else reject(new Error(`Exited (${code}) before printing: ${text}\n${command.output()}`))
    })
    check()
  })
}

/** Ctrl-C in the terminal: SIGINT to the command's whole process group; waits for it to end. */
export async function interrupt(command: Command): Promise<void> {
  if (command.child.exitCode !== null || command.child.signalCode !== null) return
  try {
    process.kill(-command.child.pid!, 'SIGINT')
  } catch {
    // already gone
  }
  await command.exited
}
