/** Operator-facing sentences for what most often stops the hub from starting. */

export const portInUse = (name: string, port: number) =>
  `Port ${port} (${name}) is already in use: stop the program using it, or set ${name} in .env to a free port.`

export function describeDatabaseError(error: unknown): string {
  const message = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error)
  const uri = process.env.DATABASE_URI ?? ''
  if (/ECONNREFUSED|ENOTFOUND|Server selection timed out|MongoServerSelectionError|querySrv/i.test(message)) {
    return `Cannot reach the MongoDB server named in DATABASE_URI (${redact(uri)}): check that it is running and the address is right. Nothing was changed.`
  }
  if (/SQLITE_CANTOPEN|EACCES|EROFS|unable to open database/i.test(message)) {
    return `Cannot open the SQLite database file of DATABASE_URI (${uri}): check that its folder exists and is writable. Nothing was changed.`
  }
  if (/SQLITE_NOTADB|file is not a database|malformed/i.test(message)) {
    return `The file named by DATABASE_URI (${uri}) is not a SQLite database: point DATABASE_URI at the hub's database or at a new file. Nothing was changed.`
  }
  return `The database could not be prepared: ${firstLine(message)}. Nothing was committed: fix the cause and run npm start again.`
}

const firstLine = (text: string) => text.split('\n')[0]!.trim()

/** Hides the password of a database URI before it is printed. */
const redact = (uri: string) => uri.replace(/\/\/([^:/@]+):[^@]+@/, '//$1:***@')
