import { z } from 'zod'

import { Image, relation } from './common'

export const Identity = z.object({
  palette: z
    .object({
      primary: z.string().nullish(),
      onPrimary: z.string().nullish(),
      highlight: z.string().nullish(),
      background: z.string().nullish(),
      text: z.string().nullish(),
    })
    .nullish(),
  typography: z.object({ headings: z.string().nullish(), body: z.string().nullish() }).nullish(),
  logo: relation(Image).nullish(),
  logoOnDark: relation(Image).nullish(),
})
export type Identity = z.infer<typeof Identity>

const Link = z.object({ label: z.string(), href: z.string() })
export type Link = z.infer<typeof Link>

export const Navigation = z.object({ header: z.array(Link).nullish(), footer: z.array(Link).nullish() })
export type Navigation = z.infer<typeof Navigation>

export const Settings = z.object({
  siteName: z.string().nullish(),
  tagline: z.string().nullish(),
  town: z.string().nullish(),
  contactEmail: z.string().nullish(),
  radioPodcastGuid: z.string().nullish(),
})
export type Settings = z.infer<typeof Settings>
