import type { GlobalBeforeChangeHook } from 'payload'

import { AA_TEXT_CONTRAST, formatRatio, palettePairs } from '../../../schemas/contrast'
import { refusal } from '../../hooks/refusal'

/**
 * Refuses an identity palette in which a text colour and the background it is drawn on contrast
 * less than WCAG 2.2 AA asks for body text (4.5:1, success criterion 1.4.3): the message names
 * every such pair and its ratio, so staff know which colour to change.
 */
export const refusePoorContrast: GlobalBeforeChangeHook = ({ data, originalDoc }) => {
  type WithPalette = { palette?: Record<string, string | null> | null } | undefined
  // A change may send part of the palette: the colours it keeps count as much as the new ones.
  const palette = { ...(originalDoc as WithPalette)?.palette, ...(data as WithPalette)?.palette }
  const weak = palettePairs(palette).filter((pair) => !pair.passes)
  if (weak.length === 0) return data
  const list = weak.map((pair) => `${pair.name} à ${formatRatio(pair.ratio)}`).join('\u202f; ')
  // No colon but those of the ratios: the admin's toast would cut the message there (see wholeInToast).
  throw refusal(
    'palette-poor-contrast',
    `Contraste insuffisant pour ${list} (il faut au moins ${formatRatio(AA_TEXT_CONTRAST)} pour être lisible par toutes et tous).`,
    400,
    { pairs: weak.map(({ name, ratio }) => ({ name, ratio })) },
  )
}
