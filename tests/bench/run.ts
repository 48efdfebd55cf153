/**
 * `npm run bench`: how long after a publication returns does the public page show it?
 *
 * Starts the hub as `npm start` does (own ports, temporary database), then repeatedly publishes a
 * change to a demo event through the REST API as the admin, and polls until the change shows:
 *  - on the site's event page (route cache invalidated through the jobs queue, page re-rendered),
 *  - in the CMS's own anonymous REST answer (the reference: the earliest anything could see it).
 * Also times cached and uncached page answers, then the search index and Lighthouse scores
 * (`quality.ts`). Prints figures; asserts nothing. `BENCH_CMS_PORT`/`BENCH_SITE_PORT` move the hub.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { signInvalidation } from '../../schemas/invalidation'
import { lighthouseScores, searchFigures } from './quality'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30)
const root = path.resolve(import.meta.dirname, '..', '..')
const dir = mkdtempSync(path.join(tmpdir(), 'coope-bench-'))
const cmsPort = process.env.BENCH_CMS_PORT ?? '3320'
const sitePort = process.env.BENCH_SITE_PORT ?? '4420'
const cms = `http://localhost:${cmsPort}`
const site = `http://localhost:${sitePort}`
const password = randomBytes(18).toString('base64url')

function startHub() {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['cms/launcher/start.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      CMS_PORT: cmsPort,
      SITE_PORT: sitePort,
      CMS_URL: cms,
      SITE_URL: site,
      DATABASE_URI: `file:${path.join(dir, 'hub.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      DATA_DIR: dir,
      ENV_FILE: path.join(dir, '.env'),
      ADMIN_EMAIL: 'bench@test.coope',
      ADMIN_PASSWORD: password,
    },
  })
  const ready = new Promise<void>((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk) => {
      output += chunk
      if (output.includes('La Coopé is running')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`hub exited with ${code}`)))
  })
  return { child, ready }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const summary = (label: string, values: number[]) =>
  `${label.padEnd(44)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 95)
    .toFixed(1)
    .padStart(7)} ms   max ${Math.max(...values)
    .toFixed(1)
    .padStart(7)} ms   (n=${values.length})`

/** Polls a URL until its body contains the text; resolves with the milliseconds since `since`. */
async function visibleAfter(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    const body = await (await fetch(url)).text()
    if (body.includes(text)) return performance.now() - since
    if (performance.now() - since > 10_000) throw new Error(`${text} not visible at ${url} after 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** Empties the site's cache of a tag, signed as the CMS signs it (the secret is in the hub's .env). */
async function invalidate(tags: string[]): Promise<void> {
  process.loadEnvFile(path.join(dir, '.env'))
  const body = JSON.stringify({ tags })
  const response = await fetch(`${site}/api/cache/invalidate`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-coope-signature': signInvalidation(body, process.env.SITE_INVALIDATION_SECRET ?? ''),
    },
    body,
  })
  if (!response.ok) throw new Error(`invalidation refused: ${response.status}`)
}

async function timed(url: string): Promise<{ ms: number; cache: string | null }> {
  const start = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  return { ms: performance.now() - start, cache: response.headers.get('x-astro-cache') }
}

async function main() {
  const hub = startHub()
  try {
    await hub.ready
    const login = await fetch(`${cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@test.coope', password }),
    })
    const { token } = (await login.json()) as { token: string }
    const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const events = (await (await fetch(`${cms}/api/events?limit=1&depth=0&sort=start`)).json()) as {
      docs: { id: number; slug: string; summary: string }[]
    }
    const event = events.docs[0]!
    const page = `${site}/agenda/${event.slug}`
    await timed(page)

    const onSite: number[] = []
    const onCms: number[] = []
    const publishCalls: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const marker = `Mesure ${round} ${randomBytes(3).toString('hex')}`
      await timed(page) // the page is in the cache before each publication
      const sent = performance.now()
      const response = await fetch(`${cms}/api/events/${event.id}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ summary: marker, _status: 'published' }),
      })
      if (!response.ok) throw new Error(`publish failed: ${response.status}`)
      const returned = performance.now()
      publishCalls.push(returned - sent)
      const [siteMs, cmsMs] = await Promise.all([
        visibleAfter(page, marker, returned),
        visibleAfter(`${cms}/api/events/${event.id}?depth=0`, marker, returned),
      ])
      onSite.push(siteMs)
      onCms.push(cmsMs)
    }

    const hits: number[] = []
    const misses: number[] = []
    for (let i = 0; i < 50; i++) {
      const hit = await timed(`${site}/agenda`)
      if (hit.cache === 'HIT') hits.push(hit.ms)
      await invalidate(['events'])
      const miss = await timed(`${site}/agenda`)
      if (miss.cache === 'MISS') misses.push(miss.ms)
    }

    console.log(`\nPublication to visibility, ${ROUNDS} publications (after the PATCH returned):`)
    console.log(summary('publish request itself (PATCH round trip)', publishCalls))
    console.log(summary('reference: CMS anonymous REST shows it', onCms))
    console.log(summary('site event page shows it (cache invalidated)', onSite))
    console.log('\nPage answers from the site:')
    console.log(summary('/agenda from the route cache (HIT)', hits))
    console.log(summary('/agenda rendered on a miss (CMS read + render)', misses))

    await searchFigures(site, cms)
    await lighthouseScores(site, cms)
  } finally {
    process.kill(-hub.child.pid!, 'SIGINT')
    await new Promise((resolve) => hub.child.once('exit', resolve))
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
