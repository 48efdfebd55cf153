import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'

const SOURCES = [
  'cms',
  'schemas',
  'site',
  'payload.config.ts',
  'astro.config.mjs',
  'package-lock.json',
  'tsconfig.json',
]
// next-env.d.ts is rewritten by every Next build and dev run: it must not make the next start rebuild.
const SKIP = new Set(['.next', 'data', 'node_modules', 'launcher', 'next-env.d.ts'])

function* files(entry: string): Generator<string> {
  const stat = statSync(entry)
  if (!stat.isDirectory()) {
    yield entry
    return
  }
  for (const name of readdirSync(entry).sort()) {
    if (!SKIP.has(name)) yield* files(path.join(entry, name))
  }
}

/** A fingerprint of everything a production build depends on: paths, sizes and contents. */
export function sourceFingerprint(): string {
  const hash = createHash('sha256')
  for (const source of SOURCES) {
    const entry = path.join(projectRoot, source)
    if (!existsSync(entry)) continue
    for (const file of files(entry)) hash.update(file).update(readFileSync(file))
  }
  return hash.digest('hex')
}

export type BuildTarget = { name: string; stamp: string }

export const targets = {
  cms: { name: 'CMS (Next.js)', stamp: path.join(projectRoot, 'cms', '.next', 'hub-build-stamp') },
  site: { name: 'site (Astro)', stamp: path.join(projectRoot, 'dist', 'hub-build-stamp') },
} satisfies Record<string, BuildTarget>

export const isStale = (target: BuildTarget, fingerprint: string): boolean =>
  !existsSync(target.stamp) || readFileSync(target.stamp, 'utf8') !== fingerprint

export const markBuilt = (target: BuildTarget, fingerprint: string): void => writeFileSync(target.stamp, fingerprint)
