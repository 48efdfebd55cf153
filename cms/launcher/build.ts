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

/** A production build: what it builds, how long it usually takes, and the file marking it as done. */
export type BuildTarget = { name: string; takes: string; stamp: string }

export const targets = {
  cms: {
    name: 'CMS (Next.js)',
    takes: 'a minute or two',
    stamp: path.join(projectRoot, 'cms', '.next', 'hub-build-stamp'),
  },
  site: { name: 'site (Astro)', takes: 'a minute or two', stamp: path.join(projectRoot, 'dist', 'hub-build-stamp') },
  // In dist, which the site's build empties: rebuilt after it, since its stamp goes with it.
  servers: {
    name: 'servers (esbuild)',
    takes: 'seconds',
    stamp: path.join(projectRoot, 'dist', 'servers-build-stamp'),
  },
} satisfies Record<string, BuildTarget>

/**
 * The two production servers (cms/server.ts, site/server.ts), each bundled with the project modules
 * it imports into one JavaScript file that Node runs as it is. Run through tsx instead, each server
 * carried a TypeScript loader thread, an esbuild service and a wrapper process: about 140 MiB of
 * resident memory per server. The bundles sit one folder below the project root, as their sources
 * do, so the paths they compute from `import.meta.dirname` (cms/paths.ts, site/server.ts) stay right.
 */
export const serverBundles = {
  cms: path.join(projectRoot, 'dist', 'cms-server.mjs'),
  site: path.join(projectRoot, 'dist', 'site-server.mjs'),
} as const

/** esbuild's arguments that write `serverBundles` (packages stay imports from node_modules). */
export const serverBundleArgs = [
  path.join(projectRoot, 'cms', 'server.ts'),
  path.join(projectRoot, 'site', 'server.ts'),
  '--bundle',
  '--platform=node',
  '--format=esm',
  '--target=node24',
  '--packages=external',
  `--outdir=${path.join(projectRoot, 'dist')}`,
  `--outbase=${projectRoot}`,
  '--entry-names=[dir]-[name]',
  '--out-extension:.js=.mjs',
  '--log-level=warning',
]

export const isStale = (target: BuildTarget, fingerprint: string): boolean =>
  !existsSync(target.stamp) || readFileSync(target.stamp, 'utf8') !== fingerprint

export const markBuilt = (target: BuildTarget, fingerprint: string): void => writeFileSync(target.stamp, fingerprint)
