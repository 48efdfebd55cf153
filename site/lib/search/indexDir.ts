import path from 'node:path'

/**
 * Where the site keeps its search index: `DATA_DIR/search` (the launcher passes DATA_DIR as an
 * absolute path; servers run from the project root, so the default matches the launcher's).
 * `current` is a link to the newest complete build; its `pagefind/` folder is served at /pagefind/.
 */
export function searchIndexDir(): string {
  return path.join(path.resolve(process.env.DATA_DIR || path.join('cms', 'data')), 'search')
}

export const currentBuild = (root = searchIndexDir()): string => path.join(root, 'current')
export const BUNDLE_FOLDER = 'pagefind'
export const CORPUS_FILE = 'corpus.json'
