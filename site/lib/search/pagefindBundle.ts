import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as pagefind from 'pagefind'

import { searchKinds } from '../../../schemas/vocabularies'
import { formatSearchDate } from './format'
import type { SearchRecord } from './records'

/** How the index is created: every record is French. */
const INDEX_OPTIONS = { forceLanguage: 'fr' }

let version: string | undefined
/** Pagefind's version, from its package (read once, when a first bundle is written). */
function pagefindVersion(): string {
  version ??= (
    JSON.parse(
      readFileSync(
        path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json'),
        'utf8',
      ),
    ) as { version: string }
  ).version
  return version
}

/**
 * What, beside its records as `pagefindRecord` gives them, makes the files of a bundle: Pagefind's
 * version (its files and their format change with it) and the index's settings. Part of each
 * bundle's folder name (`parts.ts`).
 */
export const bundleFormat = (): string => `pagefind ${pagefindVersion()} ${JSON.stringify(INDEX_OPTIONS)}`

/**
 * The custom record Pagefind is given for a search record (pure): its words in French, the type and
 * date shown with a result, the filters `type`, `maison` and `theme`, and the `date` it is sorted by.
 */
export function pagefindRecord(record: SearchRecord) {
  return {
    url: record.url,
    content: record.content,
    language: 'fr',
    meta: {
      title: record.title,
      kind: searchKinds.label(record.kind),
      ...(record.date ? { date: formatSearchDate(record.date) } : {}),
    },
    filters: { type: [record.kind], maison: record.houses, theme: record.themes },
    ...(record.date ? { sort: { date: record.date } } : {}),
  }
}

/** Records handed to Pagefind before waiting for its answers. */
const RECORDS_AT_ONCE = 200

export type PagefindRecord = ReturnType<typeof pagefindRecord>

/**
 * How long a bundle may take before Pagefind is taken for dead. Its process can end without a word
 * (killed for lack of memory), and its Node API then never answers. The ten-year corpus's largest
 * bundle takes seconds.
 */
const BUNDLE_DEADLINE_MS = 5 * 60_000

/**
 * The files of the bundle of these records, in memory, as Pagefind's Node API makes them: no index is
 * left behind in Pagefind's process. Throws with Pagefind's own messages when it reports errors, and
 * once `deadlineMs` passes without the files: Pagefind's process is then stopped.
 */
async function bundleFiles(
  records: readonly PagefindRecord[],
  deadlineMs: number,
): Promise<{ path: string; content: Uint8Array }[]> {
  let expired = false
  // Closing Pagefind's connection makes every call still waiting for an answer fail.
  const deadline = setTimeout(() => {
    expired = true
    void stopPagefind()
  }, deadlineMs)
  try {
    const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS)
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`)
    const addRecord = async (record: PagefindRecord) => {
      const added = await index.addCustomRecord(record)
      if (added.errors.length) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`)
    }
    try {
      // Pagefind answers each call over a pipe: records sent a batch at a time instead of one call
      // per round trip index ten years of content several times faster.
      for (let start = 0; start < records.length; start += RECORDS_AT_ONCE) {
        await Promise.all(records.slice(start, start + RECORDS_AT_ONCE).map(addRecord))
      }
      const made = await index.getFiles()
      if (made.errors.length) throw new Error(`Pagefind could not make the bundle's files: ${made.errors.join('; ')}`)
      return made.files
    } finally {
      // A stopped Pagefind holds no index; asking it to delete one would start it again. Deleting
      // fails when Pagefind has ended: that failure must not hide the build's own, or its files.
      if (!expired) await index.deleteIndex().catch(() => undefined)
    }
  } catch (error) {
    if (expired)
      throw new Error(`Pagefind made no bundle within ${deadlineMs / 1000} s: its process was stopped`, {
        cause: error,
      })
    throw error
  } finally {
    clearTimeout(deadline)
  }
}

/**
 * Writes the Pagefind bundle of these records (`pagefindRecord`: one custom record per document)
 * into `outputPath` (created), with Pagefind's Node API. The files are written here rather than by
 * Pagefind, whose process, on a write error (a full or read-only disk), ends or retries for good
 * without answering.
 * Throws with Pagefind's own messages when it reports errors, with the file system's when a file
 * cannot be written, and once `deadlineMs` (milliseconds) passes without the bundle's files.
 */
export async function writePagefindBundle(
  records: readonly PagefindRecord[],
  outputPath: string,
  deadlineMs = BUNDLE_DEADLINE_MS,
): Promise<void> {
  for (const file of await bundleFiles(records, deadlineMs)) {
    const target = path.resolve(outputPath, file.path)
    if (path.relative(outputPath, target).startsWith('..'))
      throw new Error(`Pagefind named a file outside its bundle: ${file.path}`)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.content)
  }
}

/** Stops Pagefind's indexing process (it starts again on the next build). */
export const stopPagefind = (): Promise<unknown> => pagefind.close()
