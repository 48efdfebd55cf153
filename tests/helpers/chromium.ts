/**
 * Debian's chromium builds (or the paths their environment variables give) and the flags every
 * test and benchmark starts them with: headless, no sandbox (containers), and nothing that reaches
 * the network on its own.
 *
 * The end-to-end tests drive the headless shell (`chromium-headless-shell`, the engine Playwright
 * itself uses for headless runs): the same pages, with their scripts, in 40 % of the browser's
 * processor time. Eight rounds of four pages (three of the site, the admin's login) in a new
 * context each took 13.2 CPU-seconds with the full browser and 5.6 with the shell, 24 s and 11 s
 * (two cores, idle). The browser processes were the suite's largest consumer. The benchmark (its
 * smoke run in the end-to-end lane too) keeps the full browser: Lighthouse measures pages as a
 * browser renders them.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The browser of the end-to-end tests: see above. */
export const headlessShellPath = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell'

export const chromiumFlags = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
