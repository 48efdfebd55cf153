import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rangeUnderstood } from '../../site/files/fileValidators'
import { serveSearchIndex } from '../../site/lib/search/serveIndex'
import { rawRequest } from '../helpers/rawHttp'

describe('a Range header', () => {
  it('is understood when it is a list of well-formed byte ranges (RFC 9110, 14.1.2)', () => {
    for (const range of [
      undefined,
      'bytes=0-1',
      'bytes=5-',
      'bytes=-500',
      'BYTES=0-0',
      'bytes=0-1, 4-9,,-3',
      'bytes=7-7',
    ])
      expect(rangeUnderstood(range), range).toBe(true)
    // Well-formed but beyond any file: understood, so still answered 416.
    expect(rangeUnderstood('bytes=99999999999999999999-')).toBe(true)
  })

  it('is not understood when malformed, of another unit, or ending before it starts', () => {
    for (const range of [
      'bytes=abc',
      'bytes=',
      'bytes=,',
      'bytes=5-2',
      'bytes=0-1;x',
      'bytes 0-1',
      'items=0-1',
      'bytes=--1',
      'bytes=1-2-3',
      'bytes=0x1-2',
      '',
    ])
      expect(rangeUnderstood(range), range).toBe(false)
  })
})

describe('the search index files', () => {
  let dataDir: string
  let server: http.Server
  let base: string
  const bytes = Buffer.from('pagefind-meta-'.repeat(20))

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'range-'))
    const bundle = path.join(dataDir, 'search', 'parts', 'recent-0123456789abcdef')
    mkdirSync(bundle, { recursive: true })
    writeFileSync(path.join(bundle, 'meta.pf_meta'), bytes)
    process.env.DATA_DIR = dataDir
    server = http.createServer((req, res) => {
      if (!serveSearchIndex(req, res, new URL(req.url!, 'http://test.invalid').pathname)) res.writeHead(418).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    delete process.env.DATA_DIR
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('ignore a malformed Range and answer the whole file, but refuse an unsatisfiable one', async () => {
    const url = `${base}/pagefind/recent-0123456789abcdef/meta.pf_meta`
    const whole = await rawRequest(url, { headers: { range: 'bytes=abc' } })
    expect(whole.status).toBe(200)
    expect(whole.body.equals(bytes)).toBe(true)
    expect((await rawRequest(url, { headers: { range: 'bytes=0-3' } })).status).toBe(206)
    expect((await rawRequest(url, { headers: { range: 'Bytes=0-3' } })).status).toBe(206)
    expect((await rawRequest(url, { headers: { range: `bytes=${bytes.length + 1}-` } })).status).toBe(416)
  })
})
