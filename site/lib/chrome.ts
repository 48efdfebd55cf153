import type { HouseSummary } from '../../schemas/content/house'
import type { Identity, Navigation, Settings } from '../../schemas/content/identity'
import { isHexColour } from '../../schemas/fields/colour'
import { content } from './content'

/** What every page's frame needs: identity, navigation, settings and the houses (accents, logos, footer). */
export type Chrome = { identity: Identity; navigation: Navigation; settings: Settings; houses: HouseSummary[] }

/** The last frame read from the CMS in this process. */
let lastChrome: Chrome | undefined

/** Reads the frame from the CMS (and keeps it for `chromeWithoutCms`). @throws CmsUnavailableError */
export async function loadChrome(): Promise<Chrome> {
  const [identity, navigation, settings, houses] = await Promise.all([
    content.identity(),
    content.navigation(),
    content.settings(),
    content.houses(),
  ])
  lastChrome = { identity, navigation, settings, houses }
  return lastChrome
}

/**
 * The frame for a page that must render while the CMS cannot answer (the contribution form, so
 * that a resident keeps what they typed): the last one read, or else the layout's own defaults
 * (the name « La Coopé », the default colours, no houses).
 */
export const chromeWithoutCms = (): Chrome => lastChrome ?? { identity: {}, navigation: {}, settings: {}, houses: [] }

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
