import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { type BundleList, BUNDLES_FILE, CORPUS_FILE, currentBuild, partsDir, readBundleList } from './indexDir'
import { BUNDLE_FORMAT, writePagefindBundle } from './pagefindBundle'
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

/** The prefix of a bundle's folder while it is written. */
const TEMPORARY = '.'

/**
 * Writes the Pagefind bundle of each part of `corpus` (`splitIntoParts`) that no earlier build
 * wrote, one after the other: Pagefind's memory follows the size of the bundle it writes. A bundle
 * is written under a temporary name and renamed once complete.
 */
async function writeParts(root: string, corpus: SearchCorpus): Promise<string[]> {
  const parts = partsDir(root)
  await mkdir(parts, { recursive: true })
  const folders: string[] = []
  for (const part of splitIntoParts(corpus.records, new Date(corpus.builtAt))) {
    const folder = partFolder(part, BUNDLE_FORMAT)
    folders.push(folder)
    if (existsSync(path.join(parts, folder))) continue
    const written = path.join(parts, `${TEMPORARY}${folder}-${randomBytes(4).toString('hex')}`)
    await writePagefindBundle(part.records, written)
    await rename(written, path.join(parts, folder))
  }
  return folders
}

/**
 * Writes a complete new build (the bundles of the parts whose records changed, the list of all of
 * them, and the records the no-JavaScript search reads) in a folder of its own, then points
 * `current` at it in one rename: a visitor never reads half an index. The build before stays on
 * disk with its bundles, so a browser that loaded its list still finds its files; older builds and
 * bundles no kept build lists are removed (one that cannot be is logged, the new build stays live).
 */
export async function publishSearchBuild(root: string, corpus: SearchCorpus): Promise<void> {
  const builds = path.join(root, 'builds')
  await mkdir(builds, { recursive: true })
  const bundles = await writeParts(root, corpus)
  const name = `${Date.now()}-${randomBytes(4).toString('hex')}`
  const folder = path.join(builds, name)
  await mkdir(folder)
  await writeFile(path.join(folder, BUNDLES_FILE), JSON.stringify({ bundles } satisfies BundleList))
  await writeSearchCorpus(path.join(folder, CORPUS_FILE), corpus)
  const previous = await readlink(currentBuild(root)).catch(() => null)
  const link = path.join(root, `current-${name}`)
  await symlink(path.join('builds', name), link)
  await rename(link, currentBuild(root))
  // The new build is live: builds and bundles left behind only take room until they are removed.
  const kept = [name, ...(previous ? [path.basename(previous)] : [])]
  try {
    for (const old of await readdir(builds)) {
      if (!kept.includes(old)) await rm(path.join(builds, old), { recursive: true, force: true })
    }
    const listed = new Set((await Promise.all(kept.map((build) => readBundleList(path.join(builds, build))))).flat())
    for (const old of await readdir(partsDir(root))) {
      if (!listed.has(old)) await rm(path.join(partsDir(root), old), { recursive: true, force: true })
    }
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
