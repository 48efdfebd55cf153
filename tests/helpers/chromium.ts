/**
 * Debian's chromium (or `CHROMIUM_PATH`) and the flags every test and benchmark starts it with:
 * headless, no sandbox (containers), and nothing that reaches the network on its own.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumFlags = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
