import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, expect, it } from 'vitest'

import { ASSETS_KEPT_DAYS, holdAssets, restoreAssets } from '../../cms/launcher/keepAssets'

const DAY = 24 * 60 * 60 * 1000
let root: string | undefined
afterEach(() => root && rmSync(root, { recursive: true, force: true }))

it('a rebuild keeps the previous builds’ scripts for 30 days, beside its own', () => {
  root = mkdtempSync(path.join(tmpdir(), 'assets-'))
  const dir = path.join(root, '_astro')
  mkdirSync(dir)
  const now = Date.now()
  const write = (name: string, content: string, ageDays: number) => {
    writeFileSync(path.join(dir, name), content)
    const when = new Date(now - ageDays * DAY)
    utimesSync(path.join(dir, name), when, when)
  }
  write('form.OLD1.js', 'previous build', 2)
  write('shared.SAME.js', 'unchanged', 2)
  write('form.OLD0.js', 'long gone', ASSETS_KEPT_DAYS + 1)

  const held = holdAssets(dir, now)
  // The build empties the folder and writes its own files.
  rmSync(dir, { recursive: true })
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'form.NEW.js'), 'this build')
  writeFileSync(path.join(dir, 'shared.SAME.js'), 'unchanged')

  expect(restoreAssets(held, dir)).toBe(1)
  expect(readdirSync(dir).sort()).toEqual(['form.NEW.js', 'form.OLD1.js', 'shared.SAME.js'])
  expect(readFileSync(path.join(dir, 'form.OLD1.js'), 'utf8')).toBe('previous build')
  // Its own build's date goes with it: it leaves 30 days after that build, not after this one.
  expect(Math.round((now - statSync(path.join(dir, 'form.OLD1.js')).mtimeMs) / DAY)).toBe(2)
})

it('a first build has nothing to keep', () => {
  root = mkdtempSync(path.join(tmpdir(), 'assets-'))
  const dir = path.join(root, '_astro')
  expect(holdAssets(dir)).toEqual([])
  expect(restoreAssets([], dir)).toBe(0)
})
