import { chmod, lstat, readdir } from 'node:fs/promises'
import path from 'node:path'

/** What a backup or a restored copy of the hub's data may be: readable by the operator's user only. */
export const OWNER_ONLY_FILE = 0o600
export const OWNER_ONLY_FOLDER = 0o700

/**
 * Narrows `target` to the operator's user: a file to 0600; a folder, and every folder and file in
 * it, to 0700 and 0600. The database and the uploads hold residents' data and staff accounts, and
 * whatever modes an archive carried or the umask allowed (0644 on most systems) no longer matter.
 * Symbolic links are left as they are (never followed). Does nothing when `target` does not exist.
 *
 * @throws the file system's error when a mode cannot be changed (not the owner)
 */
export async function keepToOwner(target: string): Promise<void> {
  const stat = await lstat(target).catch(() => undefined)
  if (!stat || stat.isSymbolicLink()) return
  if (!stat.isDirectory()) return chmod(target, OWNER_ONLY_FILE)
  await chmod(target, OWNER_ONLY_FOLDER)
  for (const entry of await readdir(target, { recursive: true, withFileTypes: true })) {
    if (entry.isSymbolicLink()) continue
    await chmod(path.join(entry.parentPath, entry.name), entry.isDirectory() ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE)
  }
}
