import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, test } from '@playwright/test'
import nodeIcal, { type VEvent } from 'node-ical'

import { addParisDays, parisDay, parisTime } from '../../schemas/recurrence'
import { LONGEST_DAYS } from '../../site/lib/agendaFilters'
import { formatDay } from '../../site/lib/format'
import { adminApi, houseId } from './staff'
import { wcagViolations } from './wcag'

let admin: APIRequestContext
const created: number[] = []

test.beforeAll(async () => {
  admin = await adminApi()
})

test.afterAll(async () => {
  for (const id of created) await admin.delete(`/api/events/${id}`)
  await admin.dispose()
})

const vevents = (ics: string) =>
  Object.values(nodeIcal.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT')

test('with the keyboard alone, a resident filters the agenda, opens an event and adds it to a calendar', async ({
  page,
}) => {
  await page.goto('/agenda')
  const house = page.getByLabel('Maison', { exact: true })
  // Tab through the page until the house filter has focus, as a keyboard user would.
  for (let i = 0; i < 40 && !(await house.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(house).toBeFocused()
  for (let i = 0; i < 10 && (await house.inputValue()) !== 'maison-du-port'; i++) await page.keyboard.press('ArrowDown')
  await expect(house).toHaveValue('maison-du-port')
  // On to the form's button (date fields take several Tab presses each), then submit.
  const submit = page.getByRole('button', { name: 'Afficher' })
  for (let i = 0; i < 20 && !(await submit.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(submit).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/maison=maison-du-port/)
  await expect(page.getByRole('status')).toContainText('avec la Maison du Port')

  const firstEvent = page.locator('.occurrence-title a').first()
  await firstEvent.focus()
  const title = (await firstEvent.innerText()).trim()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()

  const add = page.getByRole('link', { name: 'Ajouter à mon agenda' })
  await add.focus()
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  const ics = readFileSync((await download.path())!, 'utf8')
  const [event] = vevents(ics)
  expect(event?.summary).toBe(title)
  expect(ics).toContain('BEGIN:VTIMEZONE')
})

test('the agenda ends on a link to the rendez-vous after it, with the same filters', async ({ page }) => {
  await page.goto('/agenda?maison=maison-du-port')
  const lead = page.locator('.lead')
  const lastShown = /au (.+)\.$/.exec((await lead.innerText()).trim())?.[1]
  const next = page.getByRole('link', { name: /^Rendez-vous suivants, à partir du / })
  const firstNext = (await next.innerText()).replace('Rendez-vous suivants, à partir du ', '').trim()
  const day = /du=(\d{4}-\d{2}-\d{2})$/.exec((await next.getAttribute('href')) ?? '')?.[1]
  expect(lastShown, 'the last day shown').toBeTruthy()
  expect(day, 'the first day after it').toBeTruthy()
  // The link's day is the one after the last day shown.
  expect(lastShown).toBe(formatDay(new Date(parisTime(day!, '12:00').getTime() - 86_400_000), true))
  await next.click()
  // A page of days no test asked for yet, rendered beside the other lanes of npm test: its
  // navigation gets a minute, as a page load rather than an assertion (in one run of npm test out
  // of about sixteen, the address had not changed 10 s after the click).
  await expect(page).toHaveURL(`/agenda?maison=maison-du-port&du=${day}`, { timeout: 60_000 })
  await expect(page.getByRole('status')).toContainText('avec la Maison du Port')
  await expect(lead).toContainText(`, du ${firstNext} au `)
  await expect(lead).not.toContainText(`au ${lastShown}`)
})

test('a house page lists the dates of as many calendar days as its heading says, the last one whole', async ({
  page,
}) => {
  const port = await houseId(admin, 'Maison du Port')
  await page.goto('/maisons/maison-du-port')
  const days = Number(/dans les (\d+) jours/.exec(await page.locator('#a-venir').innerText())?.[1])
  expect([14, 30]).toContain(days)
  // Late on the last day named, and early on the day after it.
  const tag = randomBytes(3).toString('hex')
  const lastDay = addParisDays(new Date(), days - 1)
  const dayAfter = addParisDays(new Date(), days)
  for (const [title, start] of [
    [`Veillée ${tag}`, parisTime(lastDay, '23:30')],
    [`Petit déjeuner ${tag}`, parisTime(dayAfter, '00:30')],
  ] as const) {
    const answer = await admin.post('/api/events', {
      data: {
        title,
        start: start.toISOString(),
        houses: [port],
        venue: { kind: 'house', house: port },
        _status: 'published',
      },
    })
    expect(answer.ok(), await answer.text()).toBe(true)
    created.push((await answer.json()).doc.id)
  }
  await expect(async () => {
    await page.reload()
    await expect(page.getByRole('link', { name: `Veillée ${tag}` })).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 10_000 })
  await expect(page.getByRole('link', { name: `Petit déjeuner ${tag}` })).toHaveCount(0)
  const listed = await page
    .locator('section[aria-labelledby="a-venir"] time[datetime]')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
  // The days' headings (the rows' times carry an instant).
  expect(listed.filter((datetime) => datetime.length === 10).at(-1)).toBe(lastDay)
})

test('on a phone, a busy day below the screen passes the WCAG 2.2 AA checks before it is laid out', async ({
  page,
}) => {
  // Days off screen are skipped by the browser (content-visibility) at a placeholder height: too
  // low a placeholder lets a day's rows overlap the next day's, and their links seem obscured.
  // Five days ahead: within the shortest period the agenda shows, however busy the week.
  const day = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10)
  const tag = randomBytes(3).toString('hex')
  for (let hour = 9; hour < 21; hour++) {
    const answer = await admin.post('/api/events', {
      data: {
        title: `Permanence ${tag} de ${hour} h`,
        start: parisTime(day, `${hour}:00`).toISOString(),
        cooperation: true,
        venue: { kind: 'elsewhere', name: 'Square des Tilleuls' },
        _status: 'published',
      },
    })
    expect(answer.ok(), await answer.text()).toBe(true)
    created.push((await answer.json()).doc.id)
  }
  await page.setViewportSize({ width: 412, height: 823 })
  await page.goto('/agenda')
  const busy = page.getByRole('link', { name: `Permanence ${tag} de 20 h` })
  await expect(busy).toBeAttached()
  await expect(busy).not.toBeInViewport()
  expect(await wcagViolations(page, ['wcag22aa'])).toEqual([])
})

test('a cancelled event is CANCELLED in the cached calendar feed as soon as it is saved', async ({ request }) => {
  const title = `Goûter ${randomBytes(3).toString('hex')}`
  const answer = await admin.post('/api/events', {
    data: {
      title,
      start: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      cooperation: true,
      venue: { kind: 'elsewhere', name: 'Square des Tilleuls' },
      _status: 'published',
    },
  })
  expect(answer.ok(), await answer.text()).toBe(true)
  const { doc } = await answer.json()
  created.push(doc.id)
  const inFeed = async () => vevents(await (await request.get('/agenda.ics')).text()).find((e) => e.summary === title)
  // Until the cache serves it: a render made before the creation's invalidation arrived is dropped by it.
  const cachedStatus = async () => {
    const feed = await request.get('/agenda.ics')
    const status = vevents(await feed.text()).find((e) => e.summary === title)?.status
    return feed.headers()['x-astro-cache'] === 'HIT' ? status : `${status} (${feed.headers()['x-astro-cache']})`
  }
  await expect.poll(cachedStatus, { timeout: 5_000 }).toBe('CONFIRMED')

  const saved = await admin.patch(`/api/events/${doc.id}`, { data: { status: 'cancelled' } })
  expect(saved.ok()).toBe(true)
  await expect.poll(async () => (await inFeed())?.status, { timeout: 2_000, intervals: [100] }).toBe('CANCELLED')
  expect(Number((await inFeed())?.sequence)).toBeGreaterThan(0)
})

test('a month page names its month as French writes it, « d’avril » and « de mars »', async ({ page }) => {
  const year = new Date().getUTCFullYear()
  await page.goto(`/agenda/mois/${year}-04`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Agenda d’avril ${year}`)
  await expect(page).toHaveTitle(new RegExp(`^Agenda d’avril ${year}`))
  await expect(page.getByRole('table', { name: `Rendez-vous d’avril ${year}, une semaine par ligne` })).toBeVisible()
  await page.getByRole('link', { name: `mars ${year}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Agenda de mars ${year}`)
})

test('wrong filter values are sent to the clean address, or give an empty calendar', async ({ request }) => {
  const page = await request.get('/agenda?maison=%3Cscript%3E&theme=inconnue', { maxRedirects: 0 })
  expect(page.status()).toBe(302)
  expect(page.headers().location).toBe('/agenda')
  // What the filter form sends for « toutes » goes to the clean address, which the cache serves.
  const form = await request.get('/agenda?maison=maison-du-port&theme=&public=&du=&au=&accessible=', {
    maxRedirects: 0,
  })
  expect(form.status()).toBe(302)
  expect(form.headers().location).toBe('/agenda?maison=maison-du-port')
  const feed = await request.get('/agenda.ics?maison=inconnue')
  expect(feed.status()).toBe(200)
  const text = await feed.text()
  expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true)
  expect(vevents(text)).toEqual([])
  // The same answer whatever the cache holds for the clean addresses near them.
  expect(vevents(await (await request.get('/agenda.ics')).text()).length).toBeGreaterThan(0)
  for (const clean of ['/agenda.ics?maison=maison-du-port', '/agenda.ics?public=adults'])
    expect((await request.get(clean)).status()).toBe(200)
  for (const wrong of ['?maison=MAISON-DU-PORT', '?maison=%3Cscript%3E', '?public=adults&public=youth', '?maison=']) {
    const answer = await request.get(`/agenda.ics${wrong}`)
    expect(answer.headers()['x-astro-cache'], wrong).toBeUndefined()
    expect(vevents(await answer.text()), wrong).toEqual([])
  }
  expect((await request.get('/agenda/nexiste-pas.ics')).status()).toBe(404)
  expect((await request.get('/agenda/mois/1999-01')).status()).toBe(404)
  // Values that match the pattern of a day, month or number but name none: ignored or 404, never 500.
  for (const day of ['2026-13-45', '2026-00-10', '2026-12-00', '9999-99-99']) {
    for (const path of ['/agenda', '/agenda/widget', '/agenda/partager']) {
      const answer = await request.get(`${path}?du=${day}`, { maxRedirects: 0 })
      expect(answer.status(), `${path}?du=${day}`).toBe(302)
      expect(answer.headers().location, `${path}?du=${day}`).toBe(path)
    }
    const calendar = await request.get(`/agenda.ics?du=${day}&au=2026-12-99`)
    expect(calendar.status(), day).toBe(200)
    expect(vevents(await calendar.text()), day).toEqual([])
  }
  for (const month of ['2026-13', '0000-00', '9999-99'])
    expect((await request.get(`/agenda/mois/${month}`)).status(), month).toBe(404)
  for (const page of ['1e5', '-1', '99999999999999999999'])
    expect((await request.get(`/agenda/archives?page=${page}`, { maxRedirects: 0 })).status(), page).toBe(301)
  for (const issue of ['1e5', '-1', '99999999999999999999'])
    expect((await request.get(`/journal/${issue}`)).status(), issue).toBe(404)
})

test('the form’s date fields refuse, before sending, a day the agenda would drop', async ({ page }) => {
  const today = parisDay(new Date())
  const latest = addParisDays(parisTime(today, '12:00'), LONGEST_DAYS)
  await page.goto(`/agenda?du=${addParisDays(parisTime(today, '12:00'), 2)}`)
  const from = page.getByLabel('Du', { exact: true })
  const to = page.getByLabel('Au', { exact: true })
  await expect(from).toHaveAttribute('min', today)
  await expect(from).toHaveAttribute('max', latest)
  // Not the start shown: a visitor may move both days earlier at once.
  await expect(to).toHaveAttribute('min', today)
  await expect(to).toHaveAttribute('max', latest)
  await to.fill(addParisDays(parisTime(latest, '12:00'), 1))
  const address = page.url()
  await page.getByRole('button', { name: 'Afficher' }).click()
  expect(await to.evaluate((input: HTMLInputElement) => input.validity.rangeOverflow)).toBe(true)
  expect(page.url()).toBe(address)
  await from.fill(addParisDays(parisTime(today, '12:00'), -1))
  expect(await from.evaluate((input: HTMLInputElement) => input.validity.rangeUnderflow)).toBe(true)
})

test('only the widget may be framed by other sites', async ({ request }) => {
  const widget = await request.get('/agenda/widget')
  expect(widget.headers()['x-frame-options']).toBeUndefined()
  expect(widget.headers()['content-security-policy']).toContain('frame-ancestors *')
  const agenda = await request.get('/agenda')
  expect(agenda.headers()['x-frame-options']).toBe('DENY')
  expect(agenda.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
})

test('an event links to its project, and the project’s page lists its upcoming events', async ({ page }) => {
  const found = await admin.get('/api/events', {
    params: {
      'where[project][exists]': 'true',
      'where[recurrence.frequency][equals]': 'none',
      sort: 'start',
      depth: 1,
    },
  })
  const upcoming = (await found.json()).docs.find((event: { start: string }) => new Date(event.start) > new Date())
  expect(upcoming, 'a demo event of a project, still to come').toBeDefined()
  await page.goto(`/agenda/${upcoming.slug}`)
  await page.getByRole('link', { name: upcoming.project.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(upcoming.project.title)
  const next = page.getByRole('region', { name: 'Prochains rendez-vous' })
  await expect(next.getByRole('link', { name: upcoming.title })).toBeVisible()
})
