import { chromium } from '@playwright/test'
import { chromiumFlags } from './helpers/chromium'
const [executablePath, site, cms] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath, args: chromiumFlags })
const t = performance.now()
for (let i = 0; i < 8; i++) {
  const context = await browser.newContext({ locale: 'fr-FR' })
  const page = await context.newPage()
  for (const url of [`${site}/`, `${site}/agenda`, `${site}/radio`, `${cms}/admin/login`]) await page.goto(url, { waitUntil: 'load' })
  await context.close()
}
console.log(executablePath, Math.round(performance.now() - t), 'ms')
await browser.close()
