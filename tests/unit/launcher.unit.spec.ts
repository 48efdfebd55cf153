import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { describeFirstAdminLogin, keepFirstAdminLogin, takeFirstAdminLogin } from '../../cms/launcher/firstAdmin'
import { checkFreeSpace, checkNodeVersion, checkWritableFolder } from '../../cms/launcher/machine'
import { fileMemoryMebibytes } from '../../schemas/env'

const dir = mkdtempSync(path.join(tmpdir(), 'coope-launcher-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the Node.js check', () => {
  it('refuses the Node.js of most Linux distributions with the fix', () => {
    for (const old of ['18.19.1', '20.20.2', '22.11.0']) {
      expect(checkNodeVersion(old)).toMatch(new RegExp(`^Node.js ${old.replaceAll('.', '\\.')} is too old.*npm ci`))
    }
  })

  it('accepts 22.12 and newer', () => {
    for (const recent of ['22.12.0', '23.0.0', '24.21.0', '26.1.0']) expect(checkNodeVersion(recent)).toBeNull()
  })
})

describe('SITE_FILE_MEMORY_MB', () => {
  it('is 32 when unset or empty, and any whole number of mebibytes from 0 to 4096 otherwise', () => {
    for (const [value, mebibytes] of [
      [undefined, 32],
      ['', 32],
      [' ', 32],
      ['0', 0],
      [' 16 ', 16],
      ['4096', 4096],
    ] as const)
      expect(fileMemoryMebibytes.parse(value), String(value)).toBe(mebibytes)
  })

  it('refuses anything else in one sentence, numbers JavaScript would read included', () => {
    for (const value of ['1e3', '0x10', '1.5', '-1', '4097', '99999999999999999999', 'abc', '16 MB']) {
      const parsed = fileMemoryMebibytes.safeParse(value)
      expect(parsed.success, value).toBe(false)
      expect(
        parsed.error?.issues.map((issue) => issue.message),
        value,
      ).toEqual(['SITE_FILE_MEMORY_MB must be a whole number of mebibytes from 0 (hold no file) to 4096.'])
    }
  })
})

describe('the folder checks', () => {
  it('accepts a folder it can create and write', () => {
    expect(checkWritableFolder(path.join(dir, 'new', 'data'), 'DATA_DIR')).toBeNull()
  })

  it('names the setting of a folder that cannot be created', () => {
    writeFileSync(path.join(dir, 'a-file'), '')
    expect(checkWritableFolder(path.join(dir, 'a-file', 'media'), 'MEDIA_DIR')).toMatch(
      /cannot be written \(ENOTDIR\).*set MEDIA_DIR/,
    )
  })

  it('says how much space is free and how much is needed', () => {
    expect(checkFreeSpace(dir, 1)).toBeNull()
    expect(checkFreeSpace(dir, Number.MAX_SAFE_INTEGER)).toMatch(
      /^Only \d+ MB are free on the disk of .* at least \d+ MB/,
    )
  })
})

describe("the first admin's login", () => {
  it('is kept readable by the operator only until it has been shown once', () => {
    const login = { email: 'admin@la-coope.localhost', password: 'k9-Zt4uX' }
    keepFirstAdminLogin(dir, login)
    const file = path.join(dir, 'first-admin.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(login)
    const shown: unknown[] = []
    takeFirstAdminLogin(dir, (kept) => shown.push(kept))
    takeFirstAdminLogin(dir, (kept) => shown.push(kept))
    expect(shown).toEqual([login])
  })

  it('is framed, with the address to sign in at', () => {
    const framed = describeFirstAdminLogin({ email: 'a@b.fr', password: 'secret-123' }, 'http://localhost:3000')
    const lines = framed.split('\n')
    expect(lines[0]).toMatch(/^┌─+┐$/)
    expect(lines.at(-1)).toMatch(/^└─+┘$/)
    expect(new Set(lines.map((line) => line.length)).size).toBe(1)
    expect(framed).toContain('password: secret-123')
    expect(framed).toContain('http://localhost:3000/admin')
    expect(describeFirstAdminLogin({ email: 'a@b.fr', password: null }, 'http://x')).toContain('ADMIN_PASSWORD you set')
  })
})
