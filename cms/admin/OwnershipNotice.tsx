import type { UIFieldServerProps } from 'payload'
import type React from 'react'

import { canOwn, type Ownership } from '../access/houseContent'
import { hasRole } from '../access/staff'
import { NBSP } from '../../schemas/frenchDates'
import { slugs } from '../../schemas/slugs'
import { relationId, type Relation } from '../../schemas/relations'

/** « Cet événement », « Cet article »…: how the notice names the document. */
const THIS_ONE: Record<string, string> = {
  [slugs.events]: 'Cet événement',
  [slugs.articles]: 'Cet article',
  [slugs.episodes]: 'Cet épisode',
  [slugs.shows]: 'Cette émission',
  [slugs.projects]: 'Ce projet',
  [slugs.journalIssues]: 'Ce numéro',
}

/** The names of the houses that own the document, in the order chosen. */
async function ownerNames(props: UIFieldServerProps, houses: Relation[]): Promise<string[]> {
  const ids = houses.map((house) => relationId(house)).filter((id) => id !== null)
  if (ids.length === 0) return []
  const { docs } = await props.payload.find({
    collection: slugs.houses,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    select: { name: true },
    overrideAccess: true,
  })
  return docs.map((house) => house.name)
}

/**
 * At the top of a document that houses own, when the person may read it but not change it, says
 * why instead of a silently greyed form: « Cet événement appartient à une autre maison (Maison du
 * Port) : vous pouvez le lire, pas le modifier. » Nothing for those who may edit it.
 */
export async function OwnershipNotice(props: UIFieldServerProps): Promise<React.JSX.Element | null> {
  const { req, data, operation, collectionSlug } = props
  if (operation !== 'update' || hasRole(req.user, 'admin')) return null
  const ownership = data as Ownership
  const thisOne = THIS_ONE[collectionSlug] ?? 'Ce contenu'
  if (!hasRole(req.user, 'editor')) {
    return (
      <p className="coope-notice" role="note">
        {thisOne} se lit ici{NBSP}; seules les équipes éditoriales des maisons le modifient.
      </p>
    )
  }
  if (canOwn(req.user, ownership)) return null
  const names = await ownerNames(props, ownership.houses ?? [])
  const owners = names.length > 0 ? ` (${names.join(', ')})` : ''
  return (
    <p className="coope-notice" role="note">
      {thisOne} appartient à une autre maison{owners}
      {NBSP}: vous pouvez le lire, pas le modifier. Pour une correction, écrivez à son équipe.
    </p>
  )
}
