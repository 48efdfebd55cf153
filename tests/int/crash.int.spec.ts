import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { QUARANTINE_DIR } from '../../cms/uploads/orphans'
import { type CrashAudit, crashData, type CrashData, startCrashWorker } from '../helpers/crashProcess'

/**
 * `kill -9` of a CMS process in the middle of an upload, a publication and the demo load, each at
 * several moments: at exact points inside the operation's transaction (files written, document or
 * version written, nothing committed), and at whatever point a free-running loop has reached when
 * the kill lands. Each restart prepares the data as `npm start` does, then must find a sound
 * database, files and documents that agree, and versions that match their documents; the operation
 * then succeeds when it is simply done again.
 */
const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function newData(): CrashData {
  const dir = mkdtempSync(path.join(tmpdir(), 'coope-crash-'))
  dirs.push(dir)
  return crashData(dir)
}

/** Everything a restart must find after a crash, whatever moment the crash hit. */
function expectSound(audit: CrashAudit, moment: string): void {
  expect(audit.integrity, moment).toEqual(['ok'])
  expect(audit.foreignKeys, moment).toBe(0)
  expect(audit.files, moment).toEqual({ orphans: [], missing: [] })
  for (const [collection, versions] of Object.entries(audit.versions))
    expect(versions, `${collection} ${moment}`).toEqual({ orphaned: 0, doubledLatest: 0, latestDiffers: 0 })
}

/** A kill: at an exact point (`pauseAt`, see crashWorker.ts), or as soon as `afterLine` is printed. */
type Kill = { pauseAt?: string; afterLine?: RegExp }

/**
 * Runs `operation` once per kill on the same data, killing it as the kill says and checking each
 * restart; then runs it once more to `stopAfter` operations, as staff simply doing it again.
 * @returns the audits of the restarts after each kill, the last audit, and how many operations the
 * workers reported committed in all
 */
async function crashRepeatedly(operation: string, data: CrashData, kills: Kill[], stopAfter: number) {
  const audits: CrashAudit[] = []
  let committed = 0
  for (const [n, kill] of kills.entries()) {
    const worker = startCrashWorker(operation, data, { pauseAt: kill.pauseAt })
    const audit = await worker.audit()
    if (n > 0) audits.push(audit)
    await worker.line(kill.pauseAt ? /^paused$/ : kill.afterLine!)
    await worker.kill()
    committed += worker.stepsSeen()
  }
  const retry = startCrashWorker(operation, data, { stopAfter })
  audits.push(await retry.audit())
  audits.forEach((audit, n) => expectSound(audit, `after kill ${n + 1}`))
  const final = await retry.finalAudit()
  expectSound(final, 'once done again')
  return { audits, final, committed: committed + retry.stepsSeen() }
}

describe('kill -9 of the CMS', () => {
  it('during uploads: no file without its document, no document without its file, the upload retried', async () => {
    const data = newData()
    const { audits, final, committed } = await crashRepeatedly(
      'upload',
      data,
      [{ pauseAt: 'files:1' }, { afterLine: /^step 1$/ }, { pauseAt: 'files:4' }],
      2,
    )
    // The kills inside an upload's transaction left its files behind: the restart set them aside.
    expect(audits[0]!.quarantined[0]).toMatch(/^Moved \d+ upload file\(s\) that no document refers to/)
    expect(audits[2]!.quarantined[0]).toMatch(/^Moved \d+ upload file\(s\)/)
    expect(readdirSync(path.join(data.env.MEDIA_DIR!, QUARANTINE_DIR)).length).toBeGreaterThanOrEqual(2)
    // Every upload reported saved is there (one more at most per kill, saved just before it landed).
    const stored = final.counts.media! + final.counts.audio!
    expect(stored).toBeGreaterThanOrEqual(committed)
    expect(stored).toBeLessThanOrEqual(committed + 3)
  }, 120_000)

  it('during publications: every version row whole, each document equal to its latest version', async () => {
    const data = newData()
    const { final, committed } = await crashRepeatedly(
      'publish',
      data,
      [{ pauseAt: 'version:4' }, { afterLine: /^step 2$/ }, { pauseAt: 'version:1' }],
      3,
    )
    expect(committed).toBeGreaterThanOrEqual(5)
    expect(final.counts.events).toBe(3)
  }, 120_000)

  it('during a file replacement and a deletion: the document keeps its file, the operation retried', async () => {
    const data = newData()
    const { audits, final, committed } = await crashRepeatedly(
      'delete',
      data,
      [{ pauseAt: 'replaced:1' }, { pauseAt: 'deleted:1' }, { afterLine: /^step 2$/ }],
      2,
    )
    // Payload had removed the files before the kill; the restart gave them back to their document.
    expect(audits[0]!.settled[0]).toMatch(/^Gave back \d+ upload file\(s\) whose deletion or replacement/)
    expect(audits[1]!.settled[0]).toMatch(/^Gave back \d+ upload file\(s\)/)
    expect(committed).toBeGreaterThanOrEqual(2)
    expect(final.counts.media).toBeGreaterThanOrEqual(1)
  }, 120_000)

  it('during the demo load: the next start loads it whole, with no file left over', async () => {
    const data = newData()
    const { audits, final } = await crashRepeatedly(
      'seed',
      data,
      [{ pauseAt: 'document:3' }, { afterLine: /^document 12$/ }],
      1,
    )
    // Nothing of an interrupted load is kept: it was one transaction; its files were set aside.
    for (const audit of audits) expect(audit.counts).toEqual({ media: 0, audio: 0, events: 0, users: 0 })
    expect(audits.some((audit) => audit.quarantined.length > 0)).toBe(true)
    expect(existsSync(path.join(data.env.MEDIA_DIR!, QUARANTINE_DIR))).toBe(true)
    expect(final.counts.users).toBe(1)
    expect(final.counts.events).toBeGreaterThan(10)
    expect(final.counts.media).toBeGreaterThan(5)
  }, 240_000)
})
