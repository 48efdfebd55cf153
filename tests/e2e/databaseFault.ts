import { spawn } from 'node:child_process'

import { holdersOf } from '../../cms/operator/openFiles'
import { hub } from './hub'

/** strace from Debian (`npm test` installs it) or from STRACE_PATH. */
const stracePath = process.env.STRACE_PATH ?? '/usr/bin/strace'

/** The longest a fault may last: a test that has not ended it by then has failed anyway. */
const MAX_FAULT_SECONDS = 90

/** The calls that change the SQLite files: a disk that refuses every write fails these. */
export const WRITE_CALLS = ['pwrite64', 'fsync', 'fdatasync', 'ftruncate']

/**
 * Every call that reaches the SQLite files: opening, reading, writing, syncing and locking them
 * (SQLite's WAL mode takes its read and write locks with fcntl on the -shm file). Failing the locks
 * too is what makes the database unreachable rather than merely unwritable: SQLite answers reads
 * from its own page cache without reading the file, but no transaction starts without a lock.
 */
export const ALL_CALLS = ['openat', 'pread64', ...WRITE_CALLS, 'fcntl']

/**
 * Makes the shared hub's SQLite database fail for its CMS, as a failing disk or network file system
 * would: strace attaches to the CMS process (all its threads) and has each of `calls` (system call
 * names) on the database, its WAL and its shared-memory file fail with EIO (`-e inject`, strace ≥
 * 4.15). Nothing else in the process is touched. Resolves once strace has attached; the returned
 * function detaches it (SIGINT), after which the calls reach the files again.
 * @throws Error when no process holds the database open, or strace cannot attach (it needs ptrace)
 */
export async function failDatabaseCalls(calls: string[]): Promise<() => Promise<void>> {
  const database = hub.env.DATABASE_URI.slice('file:'.length)
  const [cms, ...others] = holdersOf(database)
  if (cms === undefined || others.length > 0)
    throw new Error(`Expected one process holding ${database} open, found ${[cms, ...others].length}.`)
  const files = ['', '-wal', '-shm'].flatMap((suffix) => ['-P', `${database}${suffix}`])
  // Under coreutils' timeout, which passes SIGINT on: should the test's worker die before detaching
  // it, strace still lets go of the shared hub after MAX_FAULT_SECONDS.
  const strace = spawn(
    'timeout',
    [
      '-s',
      'INT',
      String(MAX_FAULT_SECONDS),
      stracePath,
      ...['-f', '-p', String(cms), ...files, '-e', `inject=${calls.join(',')}:error=EIO`, '-o', '/dev/null'],
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let output = ''
  const exited = new Promise<number | null>((resolve) => strace.once('exit', resolve))
  await new Promise<void>((resolve, reject) => {
    strace.once('error', reject)
    strace.stderr.on('data', (chunk: Buffer) => {
      output += chunk
      if (/attached/.test(output)) resolve()
    })
    void exited.then((code) => reject(new Error(`strace exited (${code}) before attaching: ${output}`)))
  })
  return async () => {
    strace.kill('SIGINT')
    await exited
  }
}
