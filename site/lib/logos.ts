import type { Image } from '../../schemas/content/common'
import { populated, type Relation } from '../../schemas/relations'

/** A logo in its two variants as the CMS holds them: for light backgrounds, and (optional) for dark ones. */
export type LogoVariants = {
  logo?: Relation<Image> | null
  logoOnDark?: Relation<Image> | null
}

/**
 * The logo to show, and the plate it needs behind it to keep its contrast: `light` (a logo made
 * for light backgrounds on a dark one), `dark` (the reverse), or none.
 */
export type ChosenLogo = { image: Image; plate: 'light' | 'dark' | null }

/**
 * The variant of a logo (the cooperation's or a house's) for the background it sits on: on a dark
 * background the light variant (`logoOnDark`), or, when there is none, the usual logo on a light
 * plate; on a light background the usual logo, or the light variant on a dark plate when it is the
 * only one. Null when there is no logo at all.
 */
export function logoFor({ logo, logoOnDark }: LogoVariants, onDark: boolean): ChosenLogo | null {
  const forLight = populated(logo)
  const forDark = populated(logoOnDark)
  const preferred = onDark ? forDark : forLight
  if (preferred) return { image: preferred, plate: null }
  const other = onDark ? forLight : forDark
  return other ? { image: other, plate: onDark ? 'light' : 'dark' } : null
}
