import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { refusalStatus } from '../../cms/logging'
import { publicFileAddress } from '../../schemas/files'
import { readBoundedBody } from '../../schemas/http/boundedBody'
import { baseSecurityHeaders, hashSource, isHttps, serializeCsp } from '../../schemas/http/securityHeaders'
import { cacheKeyUrl, canonicalPath, keyHoldsQuery } from '../../site/lib/cacheKey'
import { compressResponses } from '../../site/lib/compressResponses'
import { inlineStyles, pageCsp } from '../../site/lib/pagePolicy'

/** A body arriving in chunks, counting how many the reader pulled. */
function chunkedBody(chunks: number, size: number) {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close()
      pulled++
      controller.enqueue(new Uint8Array(size))
    },
  })
  return { stream, pulled: () => pulled }
}

describe('byte-limited body reader', () => {
  it('returns the whole body when it fits', async () => {
    const read = await readBoundedBody(chunkedBody(4, 10).stream, 40)
    expect(read).toEqual({ ok: true, bytes: new Uint8Array(40) })
  })

  it('stops reading as soon as the bytes received pass the limit', async () => {
    const body = chunkedBody(1000, 1024)
    expect((await readBoundedBody(body.stream, 4096)).ok).toBe(false)
    expect(body.pulled()).toBeLessThan(10)
  })
})

describe('route cache key', () => {
  const allowed = { '/agenda': ['maison'] }
  const key = (address: string) => cacheKeyUrl(new URL(address), allowed).href

  it('keeps the entries bounded whatever hosts, unknown parameters and repeated values visitors send', () => {
    const keys = new Set<string>()
    for (let i = 0; i < 500; i++) {
      keys.add(key(`http://visiteur-${i}.example/maisons?utm_source=${i}&maison=x${i}`))
      keys.add(key(`https://h${i}.example:81/agenda?maison=tilleuls&maison=x${i}&page=${i}`))
      keys.add(key(`http://localhost/agenda?maison=${'%00'.repeat(i + 1)}`))
    }
    expect([...keys].sort()).toEqual([
      'http://route-cache.invalid/agenda',
      'http://route-cache.invalid/agenda?maison=tilleuls',
      'http://route-cache.invalid/maisons',
    ])
  })

  it('gives one spelling to paths that render the same page', () => {
    expect(canonicalPath('/maison%73/')).toBe('/maisons')
    expect(canonicalPath('//agenda//fete')).toBe('/agenda/fete')
    expect(canonicalPath('/pages/%c3%a9t%C3%A9')).toBe('/pages/%C3%A9t%C3%A9')
    expect(canonicalPath('/')).toBe('/')
  })

  it('reads a public file name the same way, and no other escape in it', () => {
    expect(publicFileAddress('/fichiers/%61udio/son%2Emp3?v=1')).toEqual({ folder: 'audio', name: 'son.mp3' })
    for (const target of [
      '/fichiers/audio/..%2Fusers%2Fx',
      '/fichiers/audio/%2E%2E',
      '/fichiers/audio/%C3%A9t%C3%A9.mp3',
    ])
      expect(publicFileAddress(target), target).toBeNull()
  })

  it('keeps the page number of every show, and only where a page reads it', () => {
    const paged = { '/radio/*': ['page'], '/radio/feed.xml': [] }
    const pagedKey = (address: string) => cacheKeyUrl(new URL(address, 'http://site.test'), paged).href
    expect(pagedKey('/radio/la-voix-des-quartiers?page=2')).toBe(
      'http://route-cache.invalid/radio/la-voix-des-quartiers?page=2',
    )
    expect(pagedKey('/radio/feed.xml?page=2')).toBe('http://route-cache.invalid/radio/feed.xml')
    expect(pagedKey('/radio?page=2')).toBe('http://route-cache.invalid/radio')
    expect(pagedKey('/radio/une-emission/un-episode?page=2')).toBe(
      'http://route-cache.invalid/radio/une-emission/un-episode',
    )
  })
})

describe('security headers', () => {
  it('writes a policy and hashes inline text as browsers do', () => {
    expect(serializeCsp({ 'default-src': ["'self'"], 'upgrade-insecure-requests': [] })).toBe(
      "default-src 'self'; upgrade-insecure-requests",
    )
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
  })

  it('allows the site no script and only the hashed inline style', () => {
    const csp = pageCsp({ cmsOrigin: 'https://cms.example', inlineStyles: [':root{}'], https: true })
    expect(csp).toContain("script-src 'self';")
    expect(csp).toContain(`style-src 'self' ${hashSource(':root{}')};`)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain('upgrade-insecure-requests')
  })

  it('finds the exact text of each inline style of a page, to allow each by its hash', () => {
    const html =
      '<head><style>:root { --a: #fff }</style><style data-astro-cdn="x">\n.b>p{color:red}\n</style></head><p>&lt;style&gt;</p>'
    expect(inlineStyles(html)).toEqual([':root { --a: #fff }', '\n.b>p{color:red}\n'])
    expect(inlineStyles('<p>Rien</p>')).toEqual([])
  })

  it('sends Strict-Transport-Security only over https', () => {
    expect(baseSecurityHeaders({ https: false })['Strict-Transport-Security']).toBeUndefined()
    expect(baseSecurityHeaders({ https: true })['Strict-Transport-Security']).toContain('max-age=31536000')
    expect(isHttps('https, http', false)).toBe(true)
    expect(isHttps(null, false)).toBe(false)
  })
})

describe('refusals in the log', () => {
  it('recognises a refusal by its status, whatever the error class is called after minification', () => {
    expect(refusalStatus({ err: Object.assign(new Error('x'), { name: 'e', status: 403 }) })).toBe(403)
    expect(refusalStatus({ err: Object.assign(new Error('x'), { status: 500 }) })).toBeUndefined()
    // The hub's own refusals are refusals whatever their status (e-mail off: 503).
    expect(
      refusalStatus({ err: Object.assign(new Error('x'), { status: 503, data: { code: 'email-not-configured' } }) }),
    ).toBe(503)
    expect(refusalStatus({ err: new Error('x') })).toBeUndefined()
    expect(refusalStatus('a message')).toBeUndefined()
  })
})

describe('compressed answers', () => {
  /** Answers one request through `compressResponses`, writing `chunk` with a callback before ending. */
  async function answerWithWriteCallback(chunk: string): Promise<{ body: Buffer; encoding?: string }> {
    const server = http.createServer((req, res) =>
      compressResponses(req, res, () => {
        res.setHeader('content-type', 'text/html; charset=utf-8')
        res.write(chunk, () => res.end())
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { 'accept-encoding': 'gzip' },
        signal: AbortSignal.timeout(5_000),
      })
      return {
        body: Buffer.from(await response.arrayBuffer()),
        encoding: response.headers.get('content-encoding') ?? undefined,
      }
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  }

  it('compresses a feed with its ETag made weak, and leaves a file offering ranges as it is', async () => {
    const feed = `<rss>${'<item>Atelier vélo</item>'.repeat(200)}</rss>`
    const server = http.createServer((req, res) =>
      compressResponses(req, res, () => {
        const ranged = req.url === '/fichier'
        res.writeHead(200, {
          'content-type': 'application/rss+xml',
          etag: '"flux-1"',
          ...(ranged ? { 'accept-ranges': 'bytes' } : {}),
        })
        res.end(feed)
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'accept-encoding': 'gzip' } })
      const packed = await get('/flux')
      expect(packed.headers.get('content-encoding')).toBe('gzip')
      expect(packed.headers.get('etag')).toBe('W/"flux-1"')
      expect(await packed.text()).toBe(feed)
      const file = await get('/fichier')
      expect(file.headers.get('content-encoding')).toBeNull()
      expect(file.headers.get('etag')).toBe('"flux-1"')
      expect(await file.text()).toBe(feed)
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('still calls the callback of a write, which Astro ends a failed stream in', async () => {
    const page = `<p>${'Atelier vélo '.repeat(200)}</p>`
    const answer = await answerWithWriteCallback(page)
    expect(answer.encoding).toBe('gzip')
    expect(answer.body.toString()).toBe(page)
  })
})

describe('requests the cache may answer', () => {
  const allowed = { '/agenda.ics': ['maison', 'public'] }
  const holds = (address: string) => keyHoldsQuery(new URL(address, 'http://site.test'), allowed)

  it('are those whose filters the cache key holds whole', () => {
    expect(holds('/agenda.ics')).toBe(true)
    expect(holds('/agenda.ics?maison=maison-du-port&utm_source=lettre')).toBe(true)
    expect(holds('/agenda.ics?maison=MAISON-DU-PORT')).toBe(false)
    expect(holds('/agenda.ics?maison=%3Cscript%3E')).toBe(false)
    expect(holds('/agenda.ics?public=adults&public=youth')).toBe(false)
  })
})
