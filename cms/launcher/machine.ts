import { existsSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The oldest Node.js the hub runs on: Astro 7 and Vitest 5 need 22.12 (`engines` in package.json). */
export const MIN_NODE = [22, 12] as const

/** Free space a start needs where it writes: a production build of both servers takes about 600 MB. */
export const MIN_FREE_BYTES = 1024 ** 3

/**
 * Checks the running Node.js against {@link MIN_NODE}. `version` is `process.versions.node`'s
 * shape ("24.21.0"). Returns null when recent enough, else one English sentence with the fix.
 */
export function checkNodeVersion(version: string = process.versions.node): string | null {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  if (major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])) return null
  return `Node.js ${version} is too old for the hub (it needs ${MIN_NODE.join('.')} or newer): run \`npm ci\` in the project folder, which brings Node.js 24 into node_modules/.bin, then start again with \`npm start\` (not with a global node).`
}

/** The folder itself when it exists, else its nearest existing parent (where it would be created). */
export const nearestExisting = (folder: string): string => {
  let current = path.resolve(folder)
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current)
  return current
}

/**
 * Checks that a folder exists or could be created, by really writing (and removing) a probe file in
 * it or in its nearest existing parent: a permission check alone passes for root on a read-only
 * disk, and creating the folder now would write before every check has passed. Returns null or one
 * sentence naming the setting to change.
 */
export function checkWritableFolder(folder: string, setting: string): string | null {
  const existing = nearestExisting(folder)
  const probe = path.join(existing, `.write-probe-${process.pid}`)
  try {
    writeFileSync(probe, '')
    rmSync(probe)
    return null
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    return `The folder ${folder} (${setting}) cannot be written (${code}): give this user write access to it, or set ${setting} to a writable folder.`
  }
}

/**
 * Checks that the disk that holds (or would hold) `folder` has at least `minBytes` free for this
 * user. Returns null or one sentence with the figures in MB.
 */
export function checkFreeSpace(folder: string, minBytes: number = MIN_FREE_BYTES): string | null {
  const { bavail, bsize } = statfsSync(nearestExisting(folder))
  const free = bavail * bsize
  if (free >= minBytes) return null
  const mb = (bytes: number) => Math.floor(bytes / 1024 ** 2)
  return `Only ${mb(free)} MB are free on the disk of ${folder}; the hub needs at least ${mb(minBytes)} MB there to build and store its data: free some space and start again.`
}
