import { z } from 'zod'

import { Accessibility, Address, Id, Image, relation } from './common'

export const HouseSummary = z.object({
  id: Id,
  name: z.string(),
  slug: z.string(),
  summary: z.string(),
  accent: z.string().nullish(),
  logo: relation(Image).nullish(),
  logoOnDark: relation(Image).nullish(),
})
export type HouseSummary = z.infer<typeof HouseSummary>

/**
 * A house as an event taking place in it or organised by it carries it: what agenda rows, event
 * pages and calendars print of it (its summary is printed only on its own page and the houses').
 */
export const HouseMention = HouseSummary.omit({ summary: true })
export type HouseMention = z.infer<typeof HouseMention>

export const House = HouseSummary.extend({
  image: relation(Image).nullish(),
  address: Address.nullish(),
  directions: z.string().nullish(),
  openingHours: z.array(z.object({ day: z.string(), opens: z.string(), closes: z.string() })).nullish(),
  contact: z
    .object({ phone: z.string().nullish(), email: z.string().nullish(), website: z.string().nullish() })
    .nullish(),
  accessibility: Accessibility.nullish(),
  updatedAt: z.string(),
})
export type House = z.infer<typeof House>
