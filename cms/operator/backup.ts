import path from 'node:path'

import { loadEnvFile, readLauncherSettings } from '../launcher/settings'
import { createBackup } from './backupArchive'

/**
 * `npm run backup [-- --out FOLDER]`: one archive with a consistent copy of the database (safe while
 * the hub runs), every uploaded file and a manifest of counts and checksums. The archive goes to
 * FOLDER, else BACKUP_DIR, else DATA_DIR/backups. Exit code 0 with the archive's path as the last
 * line, or 1 with one English sentence.
 */
async function main(): Promise<void> {
  loadEnvFile()
  const settings = readLauncherSettings()
  const flag = process.argv.indexOf('--out')
  // An empty BACKUP_DIR (as .env.example has it) means the default, not the current folder.
  const outDir = path.resolve(
    (flag >= 0 ? process.argv[flag + 1] : undefined) ||
      process.env.BACKUP_DIR ||
      path.join(settings.DATA_DIR, 'backups'),
  )
  const { archive } = await createBackup({
    databaseUri: settings.DATABASE_URI,
    mediaDir: settings.MEDIA_DIR,
    outDir,
    progress: (line) => console.log(line),
  })
  console.log(archive)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Backup failed: ${(error as Error).message}`)
    process.exit(1)
  },
)
