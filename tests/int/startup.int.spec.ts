import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../cms/db/adapter'
import { readCmsEnv } from '../../cms/env'
import { databaseReadyLine, loadedDemoContent } from '../../cms/launcher/prepareOutcome'
import { runScript } from '../helpers/run'

const secret = () => randomBytes(32).toString('hex')
const dir = mkdtempSync(path.join(tmpdir(), 'coope-startup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const production = (env: Record<string, string | undefined>) =>
  ({ NODE_ENV: 'production', ...env }) as NodeJS.ProcessEnv
/** A message for an operator: one sentence or two, no stack trace. */
const expectPlainMessage = (text: string) => {
  expect(text).not.toMatch(/^\s+at /m)
  expect(text.trim().split('\n').length).toBeLessThanOrEqual(2)
}

describe('configuration', () => {
  it('refuses to run in production without a real PAYLOAD_SECRET', () => {
    const other = { SITE_INVALIDATION_SECRET: secret(), CONTRIBUTION_SERVICE_SECRET: secret() }
    expect(() => readCmsEnv(production(other))).toThrow('PAYLOAD_SECRET is missing')
    expect(() => readCmsEnv(production({ ...other, PAYLOAD_SECRET: 'changeme' }))).toThrow('too short')
    expect(() => readCmsEnv(production({ ...other, PAYLOAD_SECRET: 'YOUR_SECRET_HERE' }))).toThrow()
    expect(readCmsEnv(production({ ...other, PAYLOAD_SECRET: secret() })).PAYLOAD_SECRET).toHaveLength(64)
  })

  it('uses a throw-away secret outside production, never a fixed one', () => {
    const a = readCmsEnv({ NODE_ENV: 'development' })
    const b = readCmsEnv({ NODE_ENV: 'development' })
    expect(a.PAYLOAD_SECRET).not.toBe(b.PAYLOAD_SECRET)
  })

  it('chooses SQLite for file: URIs and MongoDB for mongodb:// and mongodb+srv:// ones', () => {
    expect(databaseAdapter(`file:${path.join(dir, 'choice.db')}`).name).toBe('sqlite')
    expect(databaseAdapter('mongodb://127.0.0.1:27017/coope').name).toBe('mongoose')
    expect(databaseAdapter('mongodb+srv://hub:secret@cluster.example.net/coope').name).toBe('mongoose')
  })

  it('creates nothing on disk when the configuration is only read', () => {
    const folder = path.join(dir, 'not-opened')
    databaseAdapter(`file:${path.join(folder, 'hub.db')}`)
    expect(existsSync(folder)).toBe(false)
  })

  it('names the accepted schemes when DATABASE_URI is of another kind', () => {
    expect(() => readCmsEnv({ NODE_ENV: 'development', DATABASE_URI: 'postgres://localhost/hub' })).toThrow(
      /DATABASE_URI must start with file:/,
    )
  })
})

describe('preparing the database', () => {
  const prepare = (env: Record<string, string>) =>
    runScript('cms/launcher/prepare.ts', {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: secret(),
      SITE_INVALIDATION_SECRET: secret(),
      CONTRIBUTION_SERVICE_SECRET: secret(),
      ...env,
    })

  it('says it loaded the demo content only when it did, into an empty database', async () => {
    const data = path.join(dir, 'demo')
    const settings = {
      DATABASE_URI: `file:${path.join(data, 'hub.db')}`,
      MEDIA_DIR: path.join(data, 'media'),
      DATA_DIR: data,
    }
    const first = await prepare(settings)
    expect(first.code).toBe(0)
    expect(databaseReadyLine(loadedDemoContent(first.stdout))).toContain('demo content loaded')
    // The next start, or a start on a restored database: content is there, nothing is loaded.
    const next = await prepare(settings)
    expect(next.code).toBe(0)
    expect(loadedDemoContent(next.stdout)).toBe(false)
    expect(databaseReadyLine(loadedDemoContent(next.stdout))).not.toMatch(/demo/i)
  }, 180_000)

  it('explains a missing secret in one sentence', async () => {
    const result = await prepare({ PAYLOAD_SECRET: 'trop-court', DATABASE_URI: `file:${path.join(dir, 'a.db')}` })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET is too short')
    expectPlainMessage(result.stderr)
  })

  it('explains an unreachable MongoDB server without a trace', async () => {
    const result = await prepare({ DATABASE_URI: 'mongodb://127.0.0.1:1/hub' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Cannot reach the MongoDB server of DATABASE_URI')
    expectPlainMessage(result.stderr)
  })

  it('leaves a file that is not a SQLite database untouched', async () => {
    const notADatabase = path.join(dir, 'notes.db')
    writeFileSync(notADatabase, 'Liste des courses : farine, sucre, bocaux.\n')
    const result = await prepare({ DATABASE_URI: `file:${notADatabase}` })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('is not a SQLite database')
    expectPlainMessage(result.stderr)
    expect(readFileSync(notADatabase, 'utf8')).toBe('Liste des courses : farine, sucre, bocaux.\n')
  })

  it('explains a database folder that cannot be created', async () => {
    const result = await prepare({ DATABASE_URI: 'file:/dev/null/hub.db' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('cannot be created or written')
    expectPlainMessage(result.stderr)
  })
})

describe('npm start', () => {
  it('names the busy port and how to change it, before writing or printing anything that matters', async () => {
    const busy = createServer()
    await new Promise<void>((resolve) => busy.listen(0, resolve))
    const port = (busy.address() as { port: number }).port
    const envFile = path.join(dir, 'start.env')
    const dataDir = path.join(dir, 'start-data')
    const database = path.join(dir, 'never.db')
    const result = await runScript('cms/launcher/start.ts', {
      ENV_FILE: envFile,
      DATA_DIR: dataDir,
      // As on a first run: no secret anywhere yet.
      PAYLOAD_SECRET: '',
      SITE_INVALIDATION_SECRET: '',
      CMS_PORT: String(port),
      SITE_PORT: '49999',
      DATABASE_URI: `file:${database}`,
    })
    busy.close()
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`Port ${port} (CMS_PORT) is already in use`)
    expectPlainMessage(result.stderr)
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/password/i)
    for (const untouched of [envFile, dataDir, database]) expect(existsSync(untouched)).toBe(false)
  })

  it('tells a wrong SITE_FILE_MEMORY_MB before preparing, building or starting anything', async () => {
    const dataDir = path.join(dir, 'memory-data')
    const result = await runScript('cms/launcher/start.ts', {
      ENV_FILE: path.join(dir, 'memory.env'),
      DATA_DIR: dataDir,
      SITE_FILE_MEMORY_MB: '1e3',
      DATABASE_URI: `file:${path.join(dir, 'memory.db')}`,
    })
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(
      'SITE_FILE_MEMORY_MB must be a whole number of mebibytes from 0 (hold no file) to 4096.',
    )
    expect(result.stdout).not.toContain('Checked')
    expect(existsSync(dataDir)).toBe(false)
  })
})
