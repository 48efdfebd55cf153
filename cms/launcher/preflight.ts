import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs'
import path from 'node:path'

import { MongoClient } from 'mongodb'

import { isMongoUri, UNKNOWN_DATABASE_SCHEME } from '../env'
import { checkWritableFolder } from './machine'

const SQLITE_HEADER = 'SQLite format 3\0'

/** Checks that the database of DATABASE_URI can be used, before anything is written to it. */
export async function checkDatabase(uri: string): Promise<string | null> {
  if (uri.startsWith('file:')) return checkSqliteFile(path.resolve(uri.slice('file:'.length)), uri)
  if (isMongoUri(uri)) return checkMongo(uri)
  return UNKNOWN_DATABASE_SCHEME
}

function checkSqliteFile(file: string, uri: string): string | null {
  const unusable = `Cannot use the SQLite file of DATABASE_URI (${uri}):`
  if (checkWritableFolder(path.dirname(file), 'DATABASE_URI')) {
    return `${unusable} its folder cannot be created or written. Point DATABASE_URI at a writable place.`
  }
  if (!existsSync(file) || statSync(file).size === 0) return null
  const header = Buffer.alloc(SQLITE_HEADER.length)
  const fd = openSync(file, 'r')
  readSync(fd, header, 0, header.length, 0)
  closeSync(fd)
  return header.toString('latin1') === SQLITE_HEADER
    ? null
    : `${unusable} the file exists but is not a SQLite database. Point DATABASE_URI at the hub's database or at a new file.`
}

async function checkMongo(uri: string): Promise<string | null> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000, connectTimeoutMS: 5000 })
  try {
    await client.connect()
    await client.db().command({ ping: 1 })
    return null
  } catch {
    return `Cannot reach the MongoDB server of DATABASE_URI (${uri.replace(/\/\/([^:/@]+):[^@]+@/, '//$1:***@')}): check that it is running and the address and credentials are right.`
  } finally {
    await client.close().catch(() => undefined)
  }
}

/** Creates the SQLite file's folder, once every check has passed (MongoDB needs nothing). */
export function ensureDatabaseFolder(uri: string): void {
  if (uri.startsWith('file:')) mkdirSync(path.dirname(path.resolve(uri.slice('file:'.length))), { recursive: true })
}
