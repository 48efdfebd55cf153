import { contributionKinds } from '../../../schemas/vocabularies'

/** How the form names each kind, more explicitly than the admin's short labels. */
const FORM_LABELS: Record<string, string> = {
  text: 'Un texte ou un témoignage',
  photo: 'Une ou plusieurs photos',
  audio: 'Un enregistrement audio',
  'event-proposal': 'Une proposition d’événement',
  letter: 'Un courrier au journal « Au fil des quartiers »',
}

/** The form's choices of kind, in the vocabulary's order. */
export const KIND_CHOICES = contributionKinds.terms.map((term) => ({
  value: term.value,
  label: FORM_LABELS[term.value] ?? term.label,
}))
