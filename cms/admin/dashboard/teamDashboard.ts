import type { Payload, Where } from 'payload'

import { editableByUser } from '../../access/houseContent'
import { hasRole, type StaffUser } from '../../access/staff'
import { expandOccurrences, type Schedule } from '../../../schemas/recurrence'
import { frenchDate, frenchTime } from '../../../schemas/frenchDates'
import { slugs } from '../../../schemas/slugs'

/** One line of the dashboard: what, a short detail, and where to open it in the admin. */
export type DashboardItem = { title: string; detail: string; href: string }

/**
 * The admin home's sections, for one person: null for a section that is not theirs (moderation for
 * editors, content for moderators).
 */
export type TeamDashboard = {
  week: DashboardItem[] | null
  moderation: DashboardItem[] | null
  drafts: DashboardItem[] | null
  scheduled: DashboardItem[] | null
  recent: DashboardItem[] | null
}

/** The content staff write and publish, with the field that names each document. */
const CONTENT = [
  { collection: slugs.events, title: 'title', label: 'Événement' },
  { collection: slugs.articles, title: 'title', label: 'Article' },
  { collection: slugs.episodes, title: 'title', label: 'Épisode' },
  { collection: slugs.shows, title: 'title', label: 'Émission' },
  { collection: slugs.projects, title: 'title', label: 'Projet' },
  { collection: slugs.journalIssues, title: 'title', label: 'Numéro du journal' },
] as const

/** How many lines a section shows at most; each list in the admin has the rest. */
const SHOWN = 8
const WEEK_MS = 7 * 86_400_000

export const documentHref = (collection: string, id: number | string) => `/admin/collections/${collection}/${id}`

type Doc = Record<string, unknown> & { id: number | string; updatedAt?: string }

/** What the person's houses own (editors), or everything (admins); null: nothing of theirs. */
function theirs(user: StaffUser): Where | null {
  const rule = editableByUser(user)
  if (rule === false) return null
  return rule === true ? {} : rule
}

const both = (a: Where, b: Where): Where => (Object.keys(a).length === 0 ? b : { and: [a, b] })

/** Dates of the next 7 days in the person's houses, cancelled ones marked. */
async function week(payload: Payload, scope: Where, now: Date): Promise<DashboardItem[]> {
  const until = new Date(now.getTime() + WEEK_MS)
  const { docs } = await payload.find({
    collection: slugs.events,
    where: both(scope, {
      and: [
        { start: { less_than: until.toISOString() } },
        { or: [{ lastDate: { greater_than_equal: now.toISOString() } }, { lastDate: { exists: false } }] },
      ],
    }),
    depth: 0,
    limit: 200,
    overrideAccess: true,
  })
  return docs
    .flatMap((event) =>
      expandOccurrences(event as unknown as Schedule, now, until).map((occurrence) => ({ event, occurrence })),
    )
    .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime())
    .slice(0, SHOWN * 2)
    .map(({ event, occurrence }) => ({
      title: event.title,
      detail: `${frenchDate(occurrence.start, { weekday: true })}, ${frenchTime(occurrence.start)}${occurrence.cancelled ? ' — annulé' : ''}${event._status === 'draft' ? ' — brouillon' : ''}`,
      href: documentHref(slugs.events, event.id),
    }))
}

/** Contributions received or being reviewed, oldest first: what moderation has to answer. */
async function moderation(payload: Payload): Promise<DashboardItem[]> {
  const { docs } = await payload.find({
    collection: slugs.contributions,
    where: { status: { in: ['received', 'in-review'] } },
    sort: 'createdAt',
    depth: 0,
    limit: SHOWN,
    overrideAccess: true,
  })
  return docs.map((contribution) => ({
    title: contribution.title ?? contribution.reference ?? `Contribution ${contribution.id}`,
    detail: `${contribution.status === 'received' ? 'Reçue' : 'En cours de relecture'} le ${frenchDate(contribution.createdAt)}`,
    href: documentHref(slugs.contributions, contribution.id),
  }))
}

/** The latest versions of the person's content, most recently changed first (`onlyDrafts`: never published). */
async function latest(payload: Payload, scope: Where, onlyDrafts: boolean): Promise<DashboardItem[]> {
  const lists = await Promise.all(
    CONTENT.map(async ({ collection, title, label }) => {
      const { docs } = await payload.find({
        collection,
        where: onlyDrafts ? both(scope, { _status: { equals: 'draft' } }) : scope,
        sort: '-updatedAt',
        depth: 0,
        limit: SHOWN,
        draft: true,
        overrideAccess: true,
      })
      return (docs as unknown as Doc[]).map((doc) => ({ doc, collection, label, title: String(doc[title] ?? '') }))
    }),
  )
  return lists
    .flat()
    .sort((a, b) => String(b.doc.updatedAt).localeCompare(String(a.doc.updatedAt)))
    .slice(0, SHOWN)
    .map(({ doc, collection, label, title }) => ({
      title: title || 'Sans titre',
      detail: `${label}, modifié le ${frenchDate(String(doc.updatedAt))} à ${frenchTime(String(doc.updatedAt))}`,
      href: documentHref(collection, doc.id),
    }))
}

type ScheduledJob = {
  waitUntil?: string | null
  input?: { doc?: { relationTo: string; value: string }; type?: string } | null
}

/** Publications and unpublications waiting for their minute, on the person's content, soonest first. */
async function scheduled(payload: Payload, scope: Where): Promise<DashboardItem[]> {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
    sort: 'waitUntil',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  // The documents those jobs name, one query per collection: what the person's scope lets them see.
  const scheduledJobs = (jobs as ScheduledJob[]).filter((job) => job.input?.doc && job.waitUntil)
  const visible = new Map<string, Doc>()
  for (const { collection } of CONTENT) {
    const ids = scheduledJobs.flatMap((job) => (job.input?.doc?.relationTo === collection ? [job.input.doc.value] : []))
    if (ids.length === 0) continue
    const { docs } = await payload.find({
      collection,
      where: both(scope, { id: { in: ids } }),
      depth: 0,
      limit: ids.length,
      draft: true,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Doc[]) visible.set(`${collection}:${doc.id}`, doc)
  }
  const items: DashboardItem[] = []
  for (const job of scheduledJobs) {
    const target = job.input!.doc!
    const content = CONTENT.find(({ collection }) => collection === target.relationTo)
    const doc = visible.get(`${target.relationTo}:${target.value}`)
    if (!content || !doc) continue
    const action = job.input?.type === 'unpublish' ? 'Dépublication' : 'Publication'
    items.push({
      title: String(doc[content.title] ?? 'Sans titre'),
      detail: `${action} le ${frenchDate(job.waitUntil!, { weekday: true })} à ${frenchTime(job.waitUntil!)}`,
      href: documentHref(content.collection, doc.id),
    })
    if (items.length === SHOWN) break
  }
  return items
}

/**
 * What the admin home shows `user` at `now`: the next 7 days of their houses' events, the
 * contributions waiting for moderation (moderators and admins), their drafts, their scheduled
 * publications and the latest changes — each line a link to the document. Editors see their
 * houses' and the cooperation's content; admins every house's; moderators only moderation.
 */
export async function teamDashboard(payload: Payload, user: StaffUser, now = new Date()): Promise<TeamDashboard> {
  const scope = theirs(user)
  const [weekItems, moderationItems, drafts, scheduledItems, recent] = await Promise.all([
    scope ? week(payload, scope, now) : null,
    hasRole(user, 'admin', 'moderator') ? moderation(payload) : null,
    scope ? latest(payload, scope, true) : null,
    scope ? scheduled(payload, scope) : null,
    scope ? latest(payload, scope, false) : null,
  ])
  return { week: weekItems, moderation: moderationItems, drafts, scheduled: scheduledItems, recent }
}
