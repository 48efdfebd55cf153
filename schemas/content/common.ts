import { z } from 'zod'

import { publicFileUrl } from '../files'
import { accessibilityFamilies } from '../vocabularies'

export const Id = z.union([z.number(), z.string()])
export type Id = z.infer<typeof Id>

/** A relation the CMS populated, or only an id when the visitor may not read the related document. */
export const relation = <T extends z.ZodType>(doc: T) => z.union([doc, Id])

/** Keeps the related documents the visitor may read; drops bare ids. */
export const readable = <T extends object>(list: readonly (T | number | string)[] | null | undefined): T[] =>
  (list ?? []).filter((item): item is T => typeof item === 'object' && item !== null)

/** A file's address as the CMS gives it, turned into its public address (`schemas/files.ts`). */
const FileUrl = z.string().transform(publicFileUrl)

const ImageSize = z.object({
  url: FileUrl.nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mimeType: z.string().nullish(),
})

export const Image = z.object({
  id: Id,
  alt: z.string(),
  url: FileUrl,
  width: z.number().nullish(),
  height: z.number().nullish(),
  sizes: z.record(z.string(), ImageSize).nullish(),
})
export type Image = z.infer<typeof Image>

export const FileRef = z.object({
  id: Id,
  url: FileUrl,
  filename: z.string().nullish(),
  filesize: z.number().nullish(),
  mimeType: z.string().nullish(),
  title: z.string().nullish(),
})
export type FileRef = z.infer<typeof FileRef>

/** Lexical rich text as stored by the CMS; rendered by the site, never trusted as HTML. */
export const RichText = z.looseObject({ root: z.looseObject({ children: z.array(z.unknown()) }) })
export type RichText = z.infer<typeof RichText>

export const Address = z.object({
  street: z.string().nullish(),
  postalCode: z.string().nullish(),
  city: z.string().nullish(),
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
})
export type Address = z.infer<typeof Address>

export const Accessibility = z.object({
  suitableFor: z.array(accessibilityFamilies.schema).nullish(),
  details: z.string().nullish(),
})
export type Accessibility = z.infer<typeof Accessibility>

export const page = <T extends z.ZodType>(doc: T) =>
  z.object({ docs: z.array(doc), totalDocs: z.number(), hasNextPage: z.boolean() })

/**
 * The documents of an answer that validate as `doc`, and how many were left out: each is read on
 * its own, so one bad document never breaks a page, a listing or a feed.
 */
export function validDocs<T extends z.ZodType>(doc: T, docs: unknown[]): { docs: z.output<T>[]; skipped: number } {
  const valid = docs.flatMap((item) => {
    const parsed = doc.safeParse(item)
    return parsed.success ? [parsed.data as z.output<T>] : []
  })
  return { docs: valid, skipped: docs.length - valid.length }
}

/**
 * A page of documents where each document is read on its own (`validDocs`): one that does not
 * validate is left out (and counted) instead of failing the whole page, so one bad episode never
 * breaks a feed.
 */
export const tolerantPage = <T extends z.ZodType>(doc: T) =>
  z
    .object({ docs: z.array(z.unknown()), totalDocs: z.number(), hasNextPage: z.boolean() })
    .transform(({ docs, ...rest }) => ({ ...rest, ...validDocs(doc, docs) }))

/**
 * A page of a paginated listing, with what its page links need. Documents that do not validate
 * are left out and counted in `skipped` (`validDocs`; the read logs them).
 */
export const archivePage = <T extends z.ZodType>(doc: T) =>
  z
    .object({ docs: z.array(z.unknown()), totalDocs: z.number(), page: z.number(), totalPages: z.number() })
    .transform(({ docs, ...rest }) => ({ ...rest, ...validDocs(doc, docs) }))
