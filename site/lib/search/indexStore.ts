import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { type BundleList, BUNDLES_FILE, CORPUS_FILE, currentBuild, partsDir } from './indexDir'
import { bundleFormat, pagefindRecord, stopPagefind, writePagefindBundle } from './pagefindBundle'
import { partFolder, splitIntoParts } from './parts'
import type { SearchCorpus } from './records'

/** Records serialised per chunk of the corpus file. */
const RECORDS_PER_CHUNK = 500

/**
 * Writes `corpus` as JSON into `file` a few hundred records at a time: as one string, ten years of
 * records would take tens of MB of the site's memory, twice (the string, then its bytes).
 */
export async function writeSearchCorpus(file: string, corpus: SearchCorpus): Promise<void> {
  const { records, ...terms } = corpus
  function* chunks() {
    yield `${JSON.stringify(terms).slice(0, -1)},"records":[`
    for (let start = 0; start < records.length; start += RECORDS_PER_CHUNK) {
      const chunk = records.slice(start, start + RECORDS_PER_CHUNK).map((record) => JSON.stringify(record))
      yield `${start ? ',' : ''}${chunk.join(',')}`
    }
    yield ']}'
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file))
}

/** The prefix of the link to a new build, renamed to `current` to put it in place in one step. */
const NEXT_LINK = 'current-'
/** The prefix of a bundle's folder while it is written, or removed. */
const TEMPORARY = '.'
/** How long a bundle no build lists any more stays on disk: for browsers that loaded an older list. */
const UNLISTED_KEPT_MS = 60 * 60 * 1000

/**
 * Writes the Pagefind bundle of each part of `corpus` (`splitIntoParts`) that no earlier build
 * wrote, one after the other: Pagefind's memory follows the size of the bundle it writes. A bundle
 * is written under a temporary name and renamed once complete; one already written is reused, and
 * its time set to now (the last time a build listed it). Pagefind's process is stopped at the end,
 * whether the bundles could be written or not. Returns the bundles' folder names.
 */
async function writeParts(root: string, corpus: SearchCorpus, now: Date): Promise<string[]> {
  const parts = partsDir(root)
  await mkdir(parts, { recursive: true })
  const format = bundleFormat()
  const folders: string[] = []
  try {
    for (const part of splitIntoParts(corpus.records, new Date(corpus.builtAt))) {
      const records = part.records.map(pagefindRecord)
      const folder = partFolder(part.key, records, format)
      folders.push(folder)
      if (existsSync(path.join(parts, folder))) {
        await utimes(path.join(parts, folder), now, now)
        continue
      }
      const written = path.join(parts, `${TEMPORARY}${folder}-${randomBytes(4).toString('hex')}`)
      await writePagefindBundle(records, written)
      await rename(written, path.join(parts, folder))
    }
  } finally {
    // Its process keeps the memory of the last bundle until it ends: a failed build stops it too.
    await stopPagefind()
  }
  return folders
}

/**
 * Removes the bundles not `listed` that no build listed for `UNLISTED_KEPT_MS`, and whatever a
 * stopped build left half written or half removed. A bundle is renamed before it is removed: a
 * removal cut short leaves a temporary folder, never a bundle that looks whole and could be reused.
 */
async function removeUnlisted(root: string, listed: readonly string[], now: Date): Promise<void> {
  const parts = partsDir(root)
  for (const name of await readdir(parts)) {
    if (listed.includes(name)) continue
    let folder = path.join(parts, name)
    if (!name.startsWith(TEMPORARY)) {
      if ((await stat(folder)).mtimeMs > now.getTime() - UNLISTED_KEPT_MS) continue
      const removed = path.join(parts, `${TEMPORARY}removed-${name}`)
      await rename(folder, removed)
      folder = removed
    }
    await rm(folder, { recursive: true, force: true })
  }
}

/**
 * Writes a complete new build (the bundles of the parts whose records changed, the list of all of
 * them, and the records the no-JavaScript search reads) in a folder of its own, then points
 * `current` at it in one rename: a visitor never reads half an index. The build before stays on
 * disk; older builds, and bundles unlisted for an hour, are removed (one that cannot be is logged,
 * the new build stays live).
 */
export async function publishSearchBuild(root: string, corpus: SearchCorpus): Promise<void> {
  const now = new Date()
  const builds = path.join(root, 'builds')
  await mkdir(builds, { recursive: true })
  const bundles = await writeParts(root, corpus, now)
  const name = `${now.getTime()}-${randomBytes(4).toString('hex')}`
  const folder = path.join(builds, name)
  await mkdir(folder)
  await writeFile(path.join(folder, BUNDLES_FILE), JSON.stringify({ bundles } satisfies BundleList))
  await writeSearchCorpus(path.join(folder, CORPUS_FILE), corpus)
  const previous = await readlink(currentBuild(root)).catch(() => null)
  // A `current` that is a folder itself (copied or restored so) cannot be replaced by a link in one
  // rename: it is set aside among the builds, and removed with the older ones.
  if (!previous && (await lstat(currentBuild(root)).catch(() => null))?.isDirectory()) {
    await rename(currentBuild(root), path.join(builds, `set-aside-${name}`))
  }
  const link = path.join(root, `${NEXT_LINK}${name}`)
  await symlink(path.join('builds', name), link)
  await rename(link, currentBuild(root))
  // The new build is live: builds, bundles and links left behind only take room until they are removed.
  const kept = [name, ...(previous ? [path.basename(previous)] : [])]
  try {
    for (const old of await readdir(builds)) {
      if (!kept.includes(old)) await rm(path.join(builds, old), { recursive: true, force: true })
    }
    for (const entry of await readdir(root)) {
      if (entry.startsWith(NEXT_LINK)) await rm(path.join(root, entry), { recursive: true, force: true })
    }
    await removeUnlisted(root, bundles, now)
  } catch (error) {
    console.error(`[site] an old search index build could not be removed: ${String(error)}`)
  }
}

/** The records of the current build, or null when none was ever written. */
export async function readSearchCorpus(root: string): Promise<SearchCorpus | null> {
  try {
    return JSON.parse(await readFile(path.join(currentBuild(root), CORPUS_FILE), 'utf8')) as SearchCorpus
  } catch {
    return null
  }
}
