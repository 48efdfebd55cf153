import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { teamDashboard } from '../../cms/admin/dashboard/teamDashboard'
import { combineViews, houseViewFilter, periodViewFilter } from '../../cms/admin/listViews'
import { slugs } from '../../schemas/slugs'
import { createEvent, eventData } from '../helpers/events'
import { startCmsWithActors } from '../helpers/staff'

let setup: Awaited<ReturnType<typeof startCmsWithActors>>
const titles = (items: { title: string }[] | null) => (items ?? []).map((item) => item.title)

beforeAll(async () => {
  setup = await startCmsWithActors()
  const { cms, houseA, houseB } = setup
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString()
  await createEvent(cms.payload, eventData('Atelier de A', { houses: [houseA], start: tomorrow }), 'draft')
  await createEvent(cms.payload, eventData('Concert de B', { houses: [houseB], start: tomorrow }), 'published')
  const later = await createEvent(cms.payload, eventData('Bal de A', { houses: [houseA], start: inTwoWeeks }), 'draft')
  await cms.payload.jobs.queue({
    task: 'schedulePublish',
    input: { doc: { relationTo: slugs.events, value: later.id }, type: 'publish' },
    waitUntil: new Date(Date.now() + 3 * 86_400_000),
  })
  await cms.payload.create({
    collection: slugs.contributions,
    data: {
      kind: 'text',
      title: 'Une idée pour la fête',
      content: 'Un atelier de cuisine.',
      contributor: { name: 'Awa', email: 'awa@example.org' },
      consent: { publication: true, signatureChoice: 'first' },
      status: 'received',
    },
  })
})
afterAll(() => setup.cms.stop())

describe('the admin home', () => {
  it('shows an editor the week, drafts and scheduled publications of their houses only, and no moderation', async () => {
    const board = await teamDashboard(setup.cms.payload, setup.actors.editorA!)
    expect(titles(board.week)).toEqual(['Atelier de A'])
    expect(board.week?.[0]?.detail).toContain('brouillon')
    expect(titles(board.drafts)).toEqual(expect.arrayContaining(['Atelier de A', 'Bal de A']))
    expect(titles(board.drafts)).not.toContain('Concert de B')
    expect(titles(board.scheduled)).toEqual(['Bal de A'])
    expect(board.scheduled?.[0]?.detail).toMatch(/^Publication le /)
    expect(titles(board.recent)).not.toContain('Concert de B')
    expect(board.moderation).toBeNull()
  })

  it('shows moderation its queue and no content, and an admin every house', async () => {
    const moderator = await teamDashboard(setup.cms.payload, setup.actors.moderator!)
    expect(titles(moderator.moderation)).toEqual(['Une idée pour la fête'])
    expect([moderator.week, moderator.drafts, moderator.scheduled, moderator.recent]).toEqual([null, null, null, null])
    const admin = await teamDashboard(setup.cms.payload, setup.actors.admin!)
    expect(titles(admin.week).sort()).toEqual(['Atelier de A', 'Concert de B'])
    expect(titles(admin.moderation)).toEqual(['Une idée pour la fête'])
  })
})

describe('the views of the admin lists', () => {
  it('lists an editor’s houses and the cooperation under « Mes maisons », and everything otherwise', async () => {
    const { cms, actors } = setup
    const listed = async (query: Record<string, string>, user = actors.editorA!) =>
      (
        await cms.payload.find({
          collection: slugs.events,
          where: combineViews(houseViewFilter(user, query), periodViewFilter(query)) ?? {},
          draft: true,
          limit: 100,
        })
      ).docs.map((event) => event.title)
    expect(await listed({ maisons: 'miennes', periode: 'a-venir' })).toEqual(
      expect.arrayContaining(['Atelier de A', 'Bal de A']),
    )
    expect(await listed({ maisons: 'miennes' })).not.toContain('Concert de B')
    expect(await listed({ maisons: 'toutes' })).toContain('Concert de B')
    expect(await listed({ maisons: 'miennes' }, actors.admin!)).toContain('Concert de B')
    expect(await listed({ periode: 'passes' })).toEqual([])
    expect(await listed({})).toHaveLength(3)
  })
})
