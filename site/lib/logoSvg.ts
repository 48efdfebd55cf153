import { isHexColour } from '../../schemas/fields/colour'

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

const colour = (value: string | null | undefined, fallback: string) => (isHexColour(value) ? value : fallback)

/** Font size (px) at which `text` fits `width` px in a bold sans-serif, capped at `max`. */
const fitting = (text: string, width: number, max: number) => Math.min(max, Math.floor(width / (text.length * 0.62)))

/**
 * The cooperation's mark as a 512×512 SVG document (pure): a ring in `ink`, three overlapping
 * discs in the houses' accents, and the name below. `ink` is the primary colour for light
 * backgrounds; the light variant passes the background colour and fills the ring with it.
 */
export function cooperationLogoSvg({
  name,
  ink,
  fill,
  accents,
}: {
  name: string
  ink: string
  fill: string
  accents: (string | null | undefined)[]
}): string {
  const [a, b, c] = [accents[0], accents[1], accents[2]].map((accent, i) =>
    colour(accent, ['#C2410C', '#1D4ED8', '#15803D'][i]!),
  )
  const size = fitting(name, 460, 96)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512"><title>${escapeXml(name)}</title><circle cx="256" cy="200" r="150" fill="${colour(fill, '#FFFFFF')}" stroke="${colour(ink, '#0B5563')}" stroke-width="20"/><g fill-opacity="0.85"><circle cx="256" cy="145" r="63" fill="${a}"/><circle cx="208" cy="227" r="63" fill="${b}"/><circle cx="303" cy="227" r="63" fill="${c}"/></g><text x="256" y="470" text-anchor="middle" font-family="DejaVu Sans, Verdana, sans-serif" font-weight="700" font-size="${size}" fill="${colour(ink, '#0B5563')}">${escapeXml(name)}</text></svg>`
}

/**
 * A house's badge as a 512×512 SVG document (pure): a house shape in its accent colour with its
 * name in white, "Maison" on a line of its own when the name starts with it. The variant for dark
 * backgrounds (`light`, the colour of light backgrounds) reverses it: a light house, the name in
 * the accent colour.
 */
export function houseLogoSvg({
  name,
  accent,
  light,
}: {
  name: string
  accent: string | null | undefined
  light?: string | null
}): string {
  const shape = light === undefined ? colour(accent, '#0B5563') : colour(light, '#FFF8EE')
  const ink = light === undefined ? '#FFFFFF' : colour(accent, '#0B5563')
  const match = /^(Maison)\s+(.+)$/i.exec(name)
  const lines = match ? [match[1]!.toUpperCase(), match[2]!] : [name]
  const size = Math.min(...lines.map((line) => fitting(line, 360, 72)))
  const text = lines
    .map(
      (line, i) =>
        `<text x="256" y="${lines.length === 1 ? 330 : 300 + i * (size + 12)}" text-anchor="middle" font-family="DejaVu Sans, Verdana, sans-serif" font-weight="700" font-size="${size}" fill="${ink}">${escapeXml(line)}</text>`,
    )
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512"><title>${escapeXml(name)}</title><path d="M256 32 L480 208 L480 480 L32 480 L32 208 Z" fill="${shape}"/>${text}</svg>`
}
