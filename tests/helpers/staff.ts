import type { Payload } from 'payload'

import type { User } from '../../schemas/payload-types'
import { slugs } from '../../schemas/slugs'
import { startTestCms } from './payload'

export type Who = 'anonymous' | 'admin' | 'editorA' | 'editorB' | 'moderator'
export const everyone: Who[] = ['anonymous', 'admin', 'editorA', 'editorB', 'moderator']
export type Actors = Record<Who, (User & { collection: 'users' }) | undefined>

/** The test accounts' passwords follow from their addresses, so a test can sign in as any of them. */
export const passwordOf = (email: string) => `${email}-Mot-de-passe-1`

/** Two houses and one account per role: editorA belongs to house A, editorB to house B. */
export async function createActors(payload: Payload) {
  const house = async (name: string) =>
    payload.create({
      collection: slugs.houses,
      data: { name, slug: name.toLowerCase().replace(/\W+/g, '-'), summary: 'Maison de test.', _status: 'published' },
    })
  const houseA = await house('Maison A')
  const houseB = await house('Maison B')
  const account = async (role: User['role'], email: string, houses: number[] = []) => {
    const user = await payload.create({
      collection: slugs.users,
      data: { name: email, email, password: passwordOf(email), role, houses },
    })
    return { ...user, collection: 'users' as const }
  }
  const actors: Actors = {
    anonymous: undefined,
    admin: await account('admin', 'admin@test.coope'),
    editorA: await account('editor', 'editeur-a@test.coope', [houseA.id]),
    editorB: await account('editor', 'editeur-b@test.coope', [houseB.id]),
    moderator: await account('moderator', 'moderation@test.coope'),
  }
  return { houseA, houseB, actors }
}

/** Runs an operation as a role with access control on; true when allowed, false when forbidden. */
export async function allowed(operation: () => Promise<unknown>): Promise<boolean> {
  try {
    await operation()
    return true
  } catch (error) {
    if ((error as { status?: number }).status === 403 || (error as Error).name === 'Forbidden') return false
    throw error
  }
}

/**
 * A test CMS with the actors of `createActors` (two houses, one account per role): what most
 * access tests start from. Stop it with `cms.stop()`.
 */
export async function startCmsWithActors() {
  const cms = await startTestCms()
  const { actors, houseA, houseB } = await createActors(cms.payload)
  return { cms, actors, houseA: houseA.id, houseB: houseB.id }
}
