import type { APIRoute } from 'astro'
import sharp from 'sharp'

import { cachePage, FRESH_FOR } from '../../../lib/cache'
import { cooperationLogoSvg, houseLogoSvg } from '../../../lib/logoSvg'
import { redirectFromFormerAddress } from '../../../lib/redirects'
import { slugs } from '../../../../schemas/slugs'

/** The name's ending of a logo's variant for dark backgrounds. */
const DARK_SUFFIX = '-clair'

/**
 * `/identite/logos/<name>.svg|png`: the logos to download, drawn from the identity and the houses
 * (`la-coope`, or a house's slug; with `-clair` their variant for dark backgrounds). The PNG is
 * the same drawing rendered by sharp at 1024 px. A house's former address is sent on (301) to its
 * current one; any other name is a 404.
 */
export const GET: APIRoute = async (context) => {
  const match = /^([a-z0-9-]+)\.(svg|png)$/.exec(context.params.file ?? '')
  if (!match) return new Response('Introuvable', { status: 404 })
  const [, name = '', format] = match
  const { identity, houses, settings } = await context.locals.chrome
  const palette = identity.palette ?? {}
  const accents = houses.map((house) => house.accent)
  const siteName = settings.siteName ?? 'la Coopé'
  const lightHouse = houses.find((h) => h.slug === name)
  const darkHouse = name.endsWith(DARK_SUFFIX)
    ? houses.find((h) => h.slug === name.slice(0, -DARK_SUFFIX.length))
    : undefined
  const svg =
    name === 'la-coope'
      ? cooperationLogoSvg({ name: siteName, ink: palette.primary ?? '', fill: '#FFFFFF', accents })
      : name === 'la-coope-clair'
        ? cooperationLogoSvg({ name: siteName, ink: palette.background ?? '', fill: palette.background ?? '', accents })
        : lightHouse
          ? houseLogoSvg({ name: lightHouse.name, accent: lightHouse.accent })
          : darkHouse
            ? houseLogoSvg({ name: darkHouse.name, accent: darkHouse.accent, light: palette.background ?? null })
            : null
  if (!svg) {
    // A logo downloaded under a house's former address: the same variant under the current one.
    const house = name.endsWith(DARK_SUFFIX) ? name.slice(0, -DARK_SUFFIX.length) : name
    const moved = await redirectFromFormerAddress(context.url, slugs.houses, house, 3)
    return moved ?? new Response('Introuvable', { status: 404 })
  }
  cachePage(context, FRESH_FOR.stable)
  const headers = { 'content-disposition': `attachment; filename="${name}.${format}"` }
  if (format === 'svg') return new Response(svg, { headers: { ...headers, 'content-type': 'image/svg+xml' } })
  const png = await sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer()
  return new Response(new Uint8Array(png), { headers: { ...headers, 'content-type': 'image/png' } })
}
