import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'

/**
 * First step of `npm test`: the end-to-end lane needs a chromium, and finding out after minutes of
 * lint, type checks and integration tests helps nobody. Uses `CHROMIUM_PATH` or Debian's
 * `/usr/bin/chromium`; when neither exists and this is Debian run as root, installs Debian's
 * `chromium` package (no browser download from anywhere else); otherwise stops at once with the fix.
 * Exit codes: 0 browser ready, 1 no browser (one English sentence on stderr).
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function installDebianChromium(): boolean {
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  console.log("No chromium found: installing Debian's chromium package for the end-to-end tests…")
  return apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']) && isExecutable(chromiumPath)
}

function main(): number {
  if (isExecutable(chromiumPath)) return 0
  const canInstall = !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (canInstall && installDebianChromium()) return 0
  console.error(
    process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH (${chromiumPath}) is not an executable file: point it at a chromium or unset it to use Debian's /usr/bin/chromium.`
      : 'The end-to-end tests need chromium and none is installed: run `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a chromium executable, then `npm test` again.',
  )
  return 1
}

process.exit(main())
