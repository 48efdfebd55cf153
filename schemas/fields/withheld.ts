import type { Field } from 'payload'

/** The field that keeps a file from anonymous visitors until a published document shows it. */
export const WITHHELD_FIELD = 'withheld'

/**
 * Whether a public file (Media, Audio, Documents) is still withheld from the public: a copy of a
 * resident's file from the draft's creation until the article or episode that uses it is
 * published, and again once that is unpublished or deleted; a sound from its upload until an
 * episode playing it is published; a PDF from its upload until the journal issue offering it is
 * published (cms/hooks/releaseShownFiles.ts). Written only by the server's code.
 */
export const withheldField = (): Field => ({
  name: WITHHELD_FIELD,
  type: 'checkbox',
  label: 'Réservé à l’équipe (pas encore publié)',
  defaultValue: false,
  admin: { position: 'sidebar', readOnly: true },
})
