import type { Frame } from '../../schemas/content/frame'
import { isHexColour } from '../../schemas/fields/colour'
import { CmsUnavailableError, content } from './content'
import { collectingReadTags, tagRead } from './readTags'

/** What every page's frame needs: identity, navigation, settings and the houses (accents, logos, footer). */
export type Chrome = Frame

/**
 * How long a frame read from the CMS serves the following pages, in milliseconds: as long as a
 * timely page stays fresh (`FRESH_FOR.timely`). A change the CMS announces drops it sooner
 * (`forgetChrome`).
 */
export const CHROME_KEPT_MS = 300_000

/** The frame kept for the next pages: what it holds, the cache tags of its reads, when it was read. */
let kept: { chrome: Chrome; tags: string[]; readAt: number } | undefined
/** The last frame read, kept or not: what a form page shows while the CMS cannot answer. */
let lastRead: Chrome | undefined
/** Invalidations received so far: a read that began before one is not kept, it may be older than it. */
let invalidations = 0

/**
 * The frame of a page: the one kept from an earlier page when the CMS has announced no change to
 * what it shows since, else read from the CMS. Either way the page is tagged with what the frame
 * shows, so a change to it drops the page too.
 * @param now the time, in ms since the epoch
 * @throws CmsUnavailableError when the frame must be read and the CMS cannot answer
 */
export async function loadChrome(now = Date.now()): Promise<Chrome> {
  if (kept && now - kept.readAt < CHROME_KEPT_MS) {
    tagRead(kept.tags)
    return kept.chrome
  }
  const before = invalidations
  const tags: string[] = []
  const chrome = await collectingReadTags(tags, () => content.frame())
  tagRead(tags)
  lastRead = chrome
  if (before === invalidations) kept = { chrome, tags: [...new Set(tags)], readAt: now }
  return chrome
}

/**
 * Called with the cache tags of each invalidation the CMS sends: drops the kept frame when one of
 * them names a collection or global it shows (its listing tag, `houses`, or a document's,
 * `houses:3`), and keeps no frame whose read was under way.
 */
export function forgetChrome(tags: readonly string[]): void {
  invalidations += 1
  const shown = new Set(kept?.tags.map((tag) => tag.split(':')[0]))
  if (tags.some((tag) => shown.has(tag.split(':')[0]))) kept = undefined
}

/**
 * The frame of a page that is never cached and must render even while the CMS cannot answer (the
 * contribution form, so that a resident keeps what they typed): the kept frame, so that a flood of
 * slow form posts does not become a flood of CMS reads; else a new read; and when the CMS cannot
 * answer, the last one read or the layout's own defaults (the name « La Coopé », the default
 * colours, no houses).
 */
export async function chromeOfFormPage(now = Date.now()): Promise<Chrome> {
  try {
    return await loadChrome(now)
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error
    return lastRead ?? { identity: {}, navigation: {}, settings: {}, houses: [] }
  }
}

const stacks: Record<string, string> = {
  humanist: "Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', source-sans-pro, sans-serif",
  geometric: "Avenir, Montserrat, Corbel, 'URW Gothic', source-sans-pro, sans-serif",
  system: 'system-ui, sans-serif',
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  readable: "'Atkinson Hyperlegible', Verdana, 'DejaVu Sans', sans-serif",
}

const safeColour = (value: string | null | undefined, fallback: string) => (isHexColour(value) ? value : fallback)

/** The identity as CSS custom properties; values are re-checked so nothing else reaches the stylesheet. */
export function identityStyle({ identity, houses }: Chrome): string {
  const p = identity.palette ?? {}
  const t = identity.typography ?? {}
  const properties = [
    `--colour-primary: ${safeColour(p.primary, '#0b5563')}`,
    `--colour-on-primary: ${safeColour(p.onPrimary, '#ffffff')}`,
    `--colour-highlight: ${safeColour(p.highlight, '#f2c14e')}`,
    `--colour-background: ${safeColour(p.background, '#fff8ee')}`,
    `--colour-text: ${safeColour(p.text, '#1b1b1f')}`,
    `--font-headings: ${stacks[t.headings ?? ''] ?? stacks.geometric}`,
    `--font-body: ${stacks[t.body ?? ''] ?? stacks.humanist}`,
    ...houses.map((h) => `--accent-${h.slug.replace(/[^a-z0-9-]/g, '')}: ${safeColour(h.accent, '#0b5563')}`),
  ]
  return `:root { ${properties.join('; ')} }`
}
