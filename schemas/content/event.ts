import { z } from 'zod'

import { Accessibility, Address, Id, Image, relation, RichText } from './common'
import { HouseSummary } from './house'

const Term = z.object({ id: Id, name: z.string(), slug: z.string() })
export type Term = z.infer<typeof Term>

const day = z.string()

export const AgendaEvent = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  description: RichText.nullish(),
  start: z.string(),
  end: z.string().nullish(),
  allDay: z.boolean().nullish(),
  recurrence: z
    .object({
      frequency: z.enum(['none', 'daily', 'weekly', 'monthly']).nullish(),
      interval: z.number().nullish(),
      weekdays: z.array(z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])).nullish(),
      until: day.nullish(),
      count: z.number().nullish(),
      excludedDates: z.array(z.object({ date: day })).nullish(),
      changes: z
        .array(
          z.object({
            occurrenceDate: day,
            cancelled: z.boolean().nullish(),
            start: z.string().nullish(),
            end: z.string().nullish(),
            note: z.string().nullish(),
          }),
        )
        .nullish(),
      rule: z.string().nullish(),
    })
    .nullish(),
  venue: z
    .object({
      kind: z.enum(['house', 'elsewhere']).nullish(),
      house: relation(HouseSummary).nullish(),
      name: z.string().nullish(),
      address: Address.nullish(),
    })
    .nullish(),
  cooperation: z.boolean().nullish(),
  houses: z.array(relation(HouseSummary)).nullish(),
  themes: z.array(relation(Term)).nullish(),
  audiences: z.array(z.string()).nullish(),
  price: z.object({ free: z.boolean().nullish(), amount: z.string().nullish() }).nullish(),
  registration: z
    .object({
      mode: z.enum(['none', 'required', 'full']).nullish(),
      url: z.string().nullish(),
      phone: z.string().nullish(),
      email: z.string().nullish(),
    })
    .nullish(),
  accessibility: Accessibility.nullish(),
  status: z.enum(['scheduled', 'cancelled', 'postponed']).nullish(),
  image: relation(Image).nullish(),
  updatedAt: z.string(),
})
export type AgendaEvent = z.infer<typeof AgendaEvent>
