import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ERASED_NAME, PURGE_CONTRIBUTIONS_TASK } from '../../cms/jobs/purgeContributions'
import { CONSENT_TEXT } from '../../schemas/contributions/submission'
import { slugs } from '../../schemas/slugs'
import { validFields } from '../helpers/contributionForm'
import { contributionSite } from '../helpers/contributionSite'
import { pngFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let site: ReturnType<typeof contributionSite>

beforeAll(async () => {
  cms = await startTestCms()
  site = contributionSite(cms.config)
})
afterAll(() => cms.stop())

const past = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString()

/** A contribution sent through the site, then moved to `status`, its retention period over or not. */
async function sent(status: 'received' | 'rejected' | 'published', expired: boolean) {
  const photo = (await pngFile()).data
  const answer = await site.post({
    fields: validFields({
      kind: 'photo',
      imageRights: 'nobody',
      under15: 'yes',
      parentName: 'Fatou Diallo',
      parentalConsent: 'yes',
      signature: 'first',
    }),
    files: [{ field: 'photos', bytes: photo, name: 'photo.png' }],
  })
  if (!answer.ok) throw new Error(JSON.stringify(answer.errors))
  const doc = (
    await cms.payload.find({ collection: slugs.contributions, where: { reference: { equals: answer.reference } } })
  ).docs[0]!
  // Moderation accepts before it publishes (STATUS_TRANSITIONS).
  if (status === 'published')
    await cms.payload.update({ collection: slugs.contributions, id: doc.id, data: { status: 'accepted' } })
  return cms.payload.update({
    collection: slugs.contributions,
    id: doc.id,
    data: { status, ...(expired ? { retainUntil: past } : {}) },
    depth: 1,
  })
}

const runRetention = async () => {
  const job = await cms.payload.jobs.queue({ task: PURGE_CONTRIBUTIONS_TASK, input: {} })
  await cms.payload.jobs.runByID({ id: job.id })
}
const byId = (id: number) =>
  cms.payload.findByID({ collection: slugs.contributions, id, disableErrors: true, depth: 1 })
const diskPath = (filename: string) => path.join(process.env.MEDIA_DIR!, slugs.contributionFiles, filename)

describe('the retention job of contributions (Payload’s jobs queue)', () => {
  it('deletes an expired contribution that never went public, with its files', async () => {
    const rejected = await sent('rejected', true)
    const file = (rejected.files as { id: number; filename: string }[])[0]!
    expect(existsSync(diskPath(file.filename))).toBe(true)
    await runRetention()
    expect(await byId(rejected.id)).toBeNull()
    expect(
      await cms.payload.findByID({ collection: slugs.contributionFiles, id: file.id, disableErrors: true }),
    ).toBeNull()
    expect(existsSync(diskPath(file.filename))).toBe(false)
  })

  it('keeps the public part of an expired published contribution and erases the personal data', async () => {
    const published = await sent('published', true)
    await runRetention()
    const after = (await byId(published.id))!
    expect(after.status).toBe('published')
    expect(after.signature).toBe('Awa')
    expect(after.title).toBe(published.title)
    expect(after.contributor).toMatchObject({ name: ERASED_NAME, email: null, phone: null })
    expect(after.consent?.wording).toContain(CONSENT_TEXT.parentalConsent)
    expect(after.consent?.wording).not.toContain('Fatou')
    expect(JSON.stringify(after)).not.toContain('awa@example.org')
  })

  it('leaves contributions still within their period untouched', async () => {
    const fresh = await sent('received', false)
    await runRetention()
    expect((await byId(fresh.id))?.contributor).toMatchObject({ name: 'Awa Diallo', email: 'awa@example.org' })
  })

  it('removes files left by a sending that failed half way, after an hour', async () => {
    const orphan = await cms.payload.create({
      collection: slugs.contributionFiles,
      data: { description: 'Photo envoyée' },
      file: await pngFile('orpheline.png'),
    })
    await runRetention()
    expect(
      await cms.payload.findByID({ collection: slugs.contributionFiles, id: orphan.id, disableErrors: true }),
    ).not.toBeNull()
    await cms.payload.update({ collection: slugs.contributionFiles, id: orphan.id, data: { createdAt: past } })
    await runRetention()
    expect(
      await cms.payload.findByID({ collection: slugs.contributionFiles, id: orphan.id, disableErrors: true }),
    ).toBeNull()
    expect(existsSync(diskPath(orphan.filename!))).toBe(false)
  })
})
