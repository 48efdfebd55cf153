import { slugs } from '../../../schemas/slugs'

/** What `POST /api/contributions/:id/draft` answers when the draft is made. */
export type MadeDraft = { collection: string; id: number; readable?: boolean }

const CONFIRMATIONS: Record<string, string> = {
  [slugs.articles]: 'Brouillon d’article créé : l’équipe de la maison le trouvera dans ses brouillons.',
  [slugs.events]: 'Brouillon d’événement créé : l’équipe de la maison le trouvera dans ses brouillons.',
  [slugs.episodes]: 'Brouillon d’épisode créé : l’équipe de la maison le trouvera dans ses brouillons.',
}

/**
 * Pure: where « Créer le brouillon » leads once the draft is made. Whoever may read the draft
 * (`readable`, decided by the server with the account's own access) is taken to it under
 * `adminRoute`; anyone else (moderation, which does not read unpublished content) stays on the
 * contribution with a French confirmation.
 */
export function draftOutcome(made: MadeDraft, adminRoute: string): { open: string } | { confirmation: string } {
  if (made.readable) return { open: `${adminRoute}/collections/${made.collection}/${made.id}` }
  return {
    confirmation: CONFIRMATIONS[made.collection] ?? 'Brouillon créé : l’équipe le trouvera dans ses brouillons.',
  }
}
