import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { BUNDLE_FOLDER, CORPUS_FILE, currentBuild } from './indexDir'
import { writePagefindBundle } from './pagefindBundle'
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

/**
 * Writes a complete new build (Pagefind bundle + the records the no-JavaScript search reads) in a
 * folder of its own, then points `current` at it in one rename: a visitor never reads half an
 * index. The build before stays on disk, so a browser that loaded the old entry file can still
 * fetch its fragments; older ones are removed (one that cannot be is logged, the new build stays live).
 */
export async function publishSearchBuild(root: string, corpus: SearchCorpus): Promise<void> {
  const builds = path.join(root, 'builds')
  await mkdir(builds, { recursive: true })
  const name = `${Date.now()}-${randomBytes(4).toString('hex')}`
  const folder = path.join(builds, name)
  await writePagefindBundle(corpus.records, path.join(folder, BUNDLE_FOLDER))
  await writeSearchCorpus(path.join(folder, CORPUS_FILE), corpus)
  const previous = await readlink(currentBuild(root)).catch(() => null)
  const link = path.join(root, `current-${name}`)
  await symlink(path.join('builds', name), link)
  await rename(link, currentBuild(root))
  // The new build is live: builds left behind only take room until the next one removes them.
  const keep = new Set([name, previous && path.basename(previous)])
  try {
    for (const old of await readdir(builds)) {
      if (!keep.has(old)) await rm(path.join(builds, old), { recursive: true, force: true })
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
