import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'
import path from 'node:path'

/**
 * First step of `npm test`: the end-to-end lane needs a chromium (and a Java runtime for the Nu
 * HTML checker), and finding out after minutes of lint, type checks and integration tests helps
 * nobody. Uses `CHROMIUM_PATH` or Debian's `/usr/bin/chromium`; when neither exists and this is
 * Debian run as root, installs Debian's `chromium` package (no browser download from anywhere
 * else); the same for `java` with Debian's `default-jre-headless`; otherwise stops at once with the fix.
 * Exit codes: 0 ready, 1 something missing (one English sentence on stderr).
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const javaPath = '/usr/bin/java'

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function installDebianPackage(name: string, executable: string): boolean {
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  console.log(`No ${path.basename(executable)} found: installing Debian's ${name} package for the end-to-end tests…`)
  return apt(['update', '-qq']) && apt(['install', '-y', '-qq', name]) && isExecutable(executable)
}

const mayInstall = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')

function ensureJava(): number {
  if (isExecutable(javaPath) || (mayInstall() && installDebianPackage('default-jre-headless', javaPath))) return 0
  console.error(
    'The HTML validity checks need Java 11 or later and none is installed: run `sudo apt-get install default-jre-headless` (Debian/Ubuntu), then `npm test` again.',
  )
  return 1
}

function main(): number {
  if (isExecutable(chromiumPath)) return ensureJava()
  const canInstall = !process.env.CHROMIUM_PATH && mayInstall()
  if (canInstall && installDebianPackage('chromium', chromiumPath)) return ensureJava()
  console.error(
    process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH (${chromiumPath}) is not an executable file: point it at a chromium or unset it to use Debian's /usr/bin/chromium.`
      : 'The end-to-end tests need chromium and none is installed: run `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a chromium executable, then `npm test` again.',
  )
  return 1
}

process.exit(main())
