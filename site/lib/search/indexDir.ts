import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Where the site keeps its search index: `DATA_DIR/search` (the launcher passes DATA_DIR as an
 * absolute path; servers run from the project root, so the default matches the launcher's).
 * `current` is a link to the newest complete build: its records (`corpus.json`) and the list of
 * its Pagefind bundles (`bundles.json`), which are folders of `parts/` served at /pagefind/<folder>/.
 */
export function searchIndexDir(): string {
  return path.join(path.resolve(process.env.DATA_DIR || path.join('cms', 'data')), 'search')
}

export const currentBuild = (root = searchIndexDir()): string => path.join(root, 'current')
/** The folder of every part's Pagefind bundle, each in a folder named by `partFolder`. */
export const partsDir = (root = searchIndexDir()): string => path.join(root, 'parts')
export const CORPUS_FILE = 'corpus.json'
/** A build's bundles, `{ "bundles": ["recent-…", "2025-…", …] }`: the first is the browser's main one. */
export const BUNDLES_FILE = 'bundles.json'
export type BundleList = { bundles: string[] }

/** The bundles the build in the folder `build` lists (the first is the browser's main one). */
export async function readBundleList(build: string): Promise<string[]> {
  return (JSON.parse(await readFile(path.join(build, BUNDLES_FILE), 'utf8')) as BundleList).bundles
}
