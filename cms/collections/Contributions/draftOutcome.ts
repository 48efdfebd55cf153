import { slugs } from '../../../schemas/slugs'

/** What `POST /api/contributions/:id/draft` answers when the draft is made (`notice`: French, for moderation). */
export type MadeDraft = { collection: string; id: number; readable?: boolean; notice?: string }

const CONFIRMATIONS: Record<string, string> = {
  [slugs.articles]: 'Brouillon d’article créé : l’équipe de la maison le trouvera dans ses brouillons.',
  [slugs.events]: 'Brouillon d’événement créé : l’équipe de la maison le trouvera dans ses brouillons.',
  [slugs.episodes]: 'Brouillon d’épisode créé : l’équipe de la maison le trouvera dans ses brouillons.',
}

/**
 * Pure: where « Créer le brouillon » leads once the draft is made. Whoever may read the draft
 * (`readable`, decided by the server with the account's own access) is taken to it under
 * `adminRoute`; anyone else (moderation, which does not read unpublished content) stays on the
 * contribution with a French confirmation. A draft that comes with a `notice` (its photos left
 * out) keeps everyone on the contribution to read it, with the way to the draft for those who
 * may open it (`link`).
 */
export function draftOutcome(
  made: MadeDraft,
  adminRoute: string,
): { open: string } | { confirmation: string; link?: string } {
  const address = `${adminRoute}/collections/${made.collection}/${made.id}`
  if (made.readable && !made.notice) return { open: address }
  const confirmation = CONFIRMATIONS[made.collection] ?? 'Brouillon créé : l’équipe le trouvera dans ses brouillons.'
  return {
    confirmation: made.notice ? `${confirmation} ${made.notice}` : confirmation,
    ...(made.readable ? { link: address } : {}),
  }
}
