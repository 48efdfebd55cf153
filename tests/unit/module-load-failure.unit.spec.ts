import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { APIContext } from 'astro'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { isModuleLoadFailure } from '../../site/lib/moduleLoadFailure'

// The middleware as Astro runs it, without a CMS: the frame every page shares is a stand-in.
vi.mock('astro:middleware', () => ({ defineMiddleware: (handler: unknown) => handler }))
vi.mock('../../site/lib/chrome', () => ({
  loadChrome: async () => ({ identity: {}, navigation: {}, settings: {}, houses: [] }),
  chromeOfFormPage: async () => ({ identity: {}, navigation: {}, settings: {}, houses: [] }),
}))
vi.mock('../../site/lib/search/searchIndex', () => ({ ensureSearchIndex: () => undefined }))

let dir: string
/** A built page chunk importing a shared chunk: both are replaced by the next build. */
let pageChunk: string
let staleChunk: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'coope-dist-'))
  pageChunk = pathToFileURL(path.join(dir, 'agenda.astro_a1b2c3.mjs')).href
  // The new build's shared chunk kept its name but exports other minified names.
  writeFileSync(path.join(dir, 'shared_d4e5f6.mjs'), 'export const b = 1\n')
  writeFileSync(path.join(dir, 'page_0a1b2c.mjs'), "import { a } from './shared_d4e5f6.mjs'\nexport default a\n")
  staleChunk = pathToFileURL(path.join(dir, 'page_0a1b2c.mjs')).href
  Object.assign(process.env, SITE_ENV)
})
const before = { ...process.env }
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  process.env = before
})

const SITE_ENV = {
  CMS_URL: 'http://127.0.0.1:9',
  SITE_URL: 'http://127.0.0.1:9',
  SITE_INVALIDATION_SECRET: 'x'.repeat(64),
  CONTRIBUTION_SERVICE_SECRET: 'y'.repeat(64),
}

/**
 * What Node's own `import()` throws for `href`, as the built site's entry would meet it: run in a
 * Node process of its own, since vitest's module runner stands in for `import()` here.
 */
function failedImport(href: string): Error {
  const script = `try { await import(${JSON.stringify(href)}) } catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message })) }`
  const thrown = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }))
  const error = thrown.name === 'SyntaxError' ? new SyntaxError(thrown.message) : new Error(thrown.message)
  return Object.assign(error, thrown.code ? { code: thrown.code } : {})
}

describe('a page module that cannot be loaded (dist/ replaced under the running site)', () => {
  it('is told apart from other errors', async () => {
    expect(isModuleLoadFailure(failedImport(pageChunk))).toBe(true)
    expect(isModuleLoadFailure(failedImport(staleChunk))).toBe(true)
    expect(isModuleLoadFailure(new Error('Cannot read properties of undefined'))).toBe(false)
    expect(isModuleLoadFailure(new SyntaxError('Unexpected token'))).toBe(false)
  })

  it('gives the French 503 notice, never cached, instead of the 404 page', async () => {
    const { onRequest } = (await import('../../site/middleware')) as unknown as {
      onRequest: (context: APIContext, next: () => Promise<Response>) => Promise<Response>
    }
    const url = new URL('http://127.0.0.1:9/agenda')
    const context = {
      url,
      routePattern: '/agenda',
      request: new Request(url),
      locals: {},
      cache: { enabled: false },
    } as unknown as APIContext
    // Astro loads the page's chunk inside `next`, after the middleware.
    const answer = await onRequest(context, () => Promise.reject(failedImport(pageChunk)))
    expect(answer.status).toBe(503)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.headers.get('retry-after')).toBe('30')
    expect(await answer.text()).toContain('Le site est momentanément indisponible')
    // Any other error stays Astro's to render (pages/500.astro).
    await expect(onRequest(context, () => Promise.reject(new Error('bogue')))).rejects.toThrow('bogue')
  })
})
