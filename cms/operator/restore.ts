import { loadEnvFile, readLauncherSettings } from '../launcher/settings'
import { restoreBackup } from './restoreArchive'

/**
 * `npm run restore -- ARCHIVE [--force]`: checks the whole archive, then restores it into the data
 * folders of the settings (DATABASE_URI, MEDIA_DIR). They must be empty unless --force, which moves
 * the current data aside. Stop the hub first. Exit code 0, or 1 with one English sentence and
 * nothing changed.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const archive = args.find((arg) => !arg.startsWith('--'))
  if (!archive) throw new Error('Say which archive to restore: npm run restore -- ARCHIVE [--force]')
  loadEnvFile()
  const settings = readLauncherSettings()
  await restoreBackup({
    archive,
    databaseUri: settings.DATABASE_URI,
    mediaDir: settings.MEDIA_DIR,
    force: args.includes('--force'),
    progress: (line) => console.log(line),
  })
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Restore refused: ${(error as Error).message}`)
    process.exit(1)
  },
)
