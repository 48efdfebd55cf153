import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { projectRoot } from '../../paths'

/** Shared by the seed steps: one request (one transaction) and the ids of what was created, by key. */
export type SeedContext = {
  payload: Payload
  req: PayloadRequest
  now: Date
  ids: Record<string, number>
}

export const demoFile = (name: string) => path.join(projectRoot, 'media', 'demo', name)

/** Every demo document is published: the site shows it at once. */
export const published = { _status: 'published' as const }

/** Shared demo files belong to the cooperation, so every editor may correct them. */
export const ownedByCooperation = { cooperation: true }

/** A house's own files (its logo, its photo) belong to it alone, like the house itself. */
export const ownedByHouse = (house: number) => ({ cooperation: false, houses: [house] })

export const idOf = (context: SeedContext, key: string): number => {
  const id = context.ids[key]
  if (id === undefined) throw new Error(`Demo content refers to "${key}", which the seed has not created.`)
  return id
}

/** Uploads a demo image once, owned by the cooperation unless said otherwise, and remembers it by file name. */
export async function demoImage(
  context: SeedContext,
  file: string,
  alt: string,
  owners: { cooperation: boolean; houses?: number[] } = ownedByCooperation,
): Promise<number> {
  const key = `media:${file}`
  if (context.ids[key] === undefined) {
    const doc = await context.payload.create({
      collection: 'media',
      data: { alt, ...owners },
      filePath: demoFile(file),
      req: context.req,
    })
    context.ids[key] = doc.id
  }
  return context.ids[key]!
}
