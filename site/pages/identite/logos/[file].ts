import type { APIRoute } from 'astro'
import sharp from 'sharp'

import { cachePage, FRESH_FOR } from '../../../lib/cache'
import { cooperationLogoSvg, houseLogoSvg } from '../../../lib/logoSvg'

/**
 * `/identite/logos/<name>.svg|png`: the logos to download, drawn from the identity and the houses
 * (`la-coope`, `la-coope-clair` for dark backgrounds, or a house's slug). The PNG is the same
 * drawing rendered by sharp at 1024 px. Any other name is a 404.
 */
export const GET: APIRoute = async (context) => {
  const match = /^([a-z0-9-]+)\.(svg|png)$/.exec(context.params.file ?? '')
  if (!match) return new Response('Introuvable', { status: 404 })
  const [, name, format] = match
  const { identity, houses, settings } = context.locals.chrome
  const palette = identity.palette ?? {}
  const accents = houses.map((house) => house.accent)
  const siteName = settings.siteName ?? 'la Coopé'
  const house = houses.find((h) => h.slug === name)
  const svg =
    name === 'la-coope'
      ? cooperationLogoSvg({ name: siteName, ink: palette.primary ?? '', fill: '#FFFFFF', accents })
      : name === 'la-coope-clair'
        ? cooperationLogoSvg({ name: siteName, ink: palette.background ?? '', fill: palette.background ?? '', accents })
        : house
          ? houseLogoSvg({ name: house.name, accent: house.accent })
          : null
  if (!svg) return new Response('Introuvable', { status: 404 })
  cachePage(context, FRESH_FOR.stable)
  const headers = { 'content-disposition': `attachment; filename="${name}.${format}"` }
  if (format === 'svg') return new Response(svg, { headers: { ...headers, 'content-type': 'image/svg+xml' } })
  const png = await sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer()
  return new Response(new Uint8Array(png), { headers: { ...headers, 'content-type': 'image/png' } })
}
