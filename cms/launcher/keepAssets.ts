import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'

/** The built site's hashed scripts, styles and images: a name changes whenever its content does. */
export const SITE_ASSETS_DIR = path.join(projectRoot, 'dist', 'client', '_astro')

/**
 * How long a build's assets outlive it: pages the site kept on disk name the scripts of the build
 * that rendered them, and are served once more after a restart while they render again.
 */
export const ASSETS_KEPT_DAYS = 30

/** Asset files held in memory across a build, with their modification times (their build's). */
export type HeldAssets = { name: string; bytes: Buffer; mtime: Date }[]

/**
 * Reads the current build's assets, before a new build empties `dist`: those written within
 * {@link ASSETS_KEPT_DAYS} days (older ones are let go).
 *
 * @param dir the assets folder; nothing is held when it does not exist
 * @param now milliseconds since the epoch
 */
export function holdAssets(dir = SITE_ASSETS_DIR, now = Date.now()): HeldAssets {
  if (!existsSync(dir)) return []
  const oldest = now - ASSETS_KEPT_DAYS * 24 * 60 * 60 * 1000
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ name: entry.name, mtime: statSync(path.join(dir, entry.name)).mtime }))
    .filter(({ mtime }) => mtime.getTime() >= oldest)
    .map(({ name, mtime }) => ({ name, mtime, bytes: readFileSync(path.join(dir, name)) }))
}

/**
 * Puts the held assets back beside the new build's, where the new build has no file of that name
 * (hashed names: the same name is the same content), keeping their modification times so that
 * they still leave {@link ASSETS_KEPT_DAYS} days after their own build. A page rendered by an
 * earlier build then still finds its scripts after a rebuild, until it is rendered again.
 *
 * @returns how many files were put back
 */
export function restoreAssets(held: HeldAssets, dir = SITE_ASSETS_DIR): number {
  if (held.length === 0) return 0
  mkdirSync(dir, { recursive: true })
  let restored = 0
  for (const { name, bytes, mtime } of held) {
    const file = path.join(dir, name)
    if (existsSync(file)) continue
    writeFileSync(file, bytes)
    utimesSync(file, mtime, mtime)
    restored += 1
  }
  return restored
}
