import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'

/**
 * First step of `npm test`: the end-to-end lane needs programs from the machine, and finding out
 * after minutes of lint, type checks and integration tests helps nobody. Each is taken from its
 * environment variable or its Debian path; when one is missing and this is Debian run as root, its
 * Debian package is installed (nothing is downloaded from anywhere else); otherwise it stops at
 * once with the fix. Exit codes: 0 all ready, 1 something missing (one English sentence each).
 */
type Tool = { name: string; purpose: string; variable: string; debianPath: string; debianPackage: string }

const tools: Tool[] = [
  {
    name: "chromium's headless shell",
    purpose: 'the end-to-end tests drive it',
    variable: 'CHROMIUM_HEADLESS_SHELL_PATH',
    debianPath: '/usr/bin/chromium-headless-shell',
    debianPackage: 'chromium-headless-shell',
  },
  {
    name: 'chromium',
    purpose: "the benchmark's smoke run takes its Lighthouse scores and search downloads with it",
    variable: 'CHROMIUM_PATH',
    debianPath: '/usr/bin/chromium',
    debianPackage: 'chromium',
  },
  {
    name: 'Java',
    purpose: 'the Nu HTML checker of the quality checks runs on it',
    variable: 'JAVA_PATH',
    debianPath: '/usr/bin/java',
    debianPackage: 'default-jre-headless',
  },
  {
    name: 'nginx',
    purpose: "the benchmark's smoke run compares the site with it",
    variable: 'NGINX_PATH',
    debianPath: '/usr/sbin/nginx',
    debianPackage: 'nginx',
  },
  {
    name: 'wrk',
    purpose: "the benchmark's smoke run loads the site and nginx with it",
    variable: 'WRK_PATH',
    debianPath: '/usr/bin/wrk',
    debianPackage: 'wrk',
  },
  {
    name: 'strace',
    purpose: 'the fault tests make the database unreachable with it',
    variable: 'STRACE_PATH',
    debianPath: '/usr/bin/strace',
    debianPackage: 'strace',
  },
]

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

const apt = (args: string[]) =>
  spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status === 0

function main(): number {
  const missing = tools.filter((tool) => !isExecutable(process.env[tool.variable] ?? tool.debianPath))
  const installable = missing.filter((tool) => !process.env[tool.variable])
  if (installable.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const packages = installable.map((tool) => tool.debianPackage)
    console.log(`Not found: ${packages.join(', ')}. Installing Debian's package(s) for the tests…`)
    if (apt(['update', '-qq'])) apt(['install', '-y', '-qq', '--no-install-recommends', ...packages])
  }
  const stillMissing = tools.filter((tool) => !isExecutable(process.env[tool.variable] ?? tool.debianPath))
  for (const tool of stillMissing) {
    console.error(
      process.env[tool.variable]
        ? `${tool.variable} (${process.env[tool.variable]}) is not an executable file: point it at ${tool.name} or unset it to use Debian's ${tool.debianPath}.`
        : `The tests need ${tool.name} (${tool.purpose}) and none is installed: run \`sudo apt-get install ${tool.debianPackage}\` (Debian/Ubuntu) or set ${tool.variable}, then \`npm test\` again.`,
    )
  }
  return stillMissing.length === 0 ? 0 : 1
}

process.exit(main())
