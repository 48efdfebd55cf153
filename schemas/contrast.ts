import Color from 'colorjs.io'

import { isHexColour } from './fields/colour'

/** WCAG 2.2 AA minimum contrast for body text (success criterion 1.4.3). */
export const AA_TEXT_CONTRAST = 4.5

type Palette = {
  primary?: string | null
  onPrimary?: string | null
  highlight?: string | null
  background?: string | null
  text?: string | null
}

/** A text colour on a background colour the site really uses, with its French name for staff. */
export type ColourPair = { name: string; foreground: string; background: string; ratio: number; passes: boolean }

/**
 * The WCAG 2.x contrast ratio of two `#RRGGBB` colours, from 1 to 21 (computed by colorjs.io, the
 * WCAG 2.1 relative-luminance formula that WCAG 2.2 keeps), rounded down to two decimals so a
 * pair shown as 4.5 really reaches 4.5.
 */
export const contrastRatio = (foreground: string, background: string): number =>
  Math.floor(new Color(foreground).contrast(new Color(background), 'WCAG21') * 100) / 100

/**
 * The text/background pairs the site draws with the identity's palette (see site/lib/chrome.ts and
 * site/styles/global.css): body text, the header, links and headings, the footer, highlighted
 * badges. Pairs with a colour missing or not `#RRGGBB` are left out (the field's own check refuses those).
 */
export function palettePairs(palette: Palette): ColourPair[] {
  // French quotation marks hold their words with narrow non-breaking spaces.
  const q = (field: string) => `«\u202f${field}\u202f»`
  const candidates: [string, string | null | undefined, string | null | undefined][] = [
    [`${q('Texte')} sur ${q('Fond')}`, palette.text, palette.background],
    [`${q('Texte sur la couleur principale')} sur ${q('Couleur principale')}`, palette.onPrimary, palette.primary],
    [`${q('Couleur principale')} (liens et titres) sur ${q('Fond')}`, palette.primary, palette.background],
    [`${q('Texte')} sur ${q('Couleur de mise en avant')}`, palette.text, palette.highlight],
  ]
  return candidates.flatMap(([name, foreground, background]) => {
    if (!isHexColour(foreground) || !isHexColour(background)) return []
    const ratio = contrastRatio(foreground, background)
    return [{ name, foreground, background, ratio, passes: ratio >= AA_TEXT_CONTRAST }]
  })
}

/** "4,52:1", "21:1": a contrast ratio as French readers write it. */
export const formatRatio = (ratio: number): string =>
  `${ratio.toLocaleString('fr-FR', { maximumFractionDigits: 2 })}\u00a0:\u00a01`
