import { describe, expect, it } from 'vitest'

import { fieldRefusal, refusal } from '../../cms/hooks/refusal'
import { wholeInToast } from '../../cms/hooks/wholeInToast'
import { PODCAST_ART } from '../../schemas/radio/artwork'
import { adminToast } from '../helpers/adminToast'

describe('a refusal in the admin’s toast', () => {
  it('shows the wrong cover size as its one sentence, not as a list of two fields', () => {
    const problem = PODCAST_ART.problem(1400, 1200)!
    const thrown = fieldRefusal('show-cover-size', { path: 'cover', message: problem })
    expect(adminToast(thrown.message)).toEqual({
      message:
        'Le visuel de l’émission doit être carré (il mesure 1400 × 1200 px). Recadrez-le pour que largeur et hauteur soient égales, entre 1400 et 3000 px.',
    })
  })

  it('keeps the field’s own message as written', () => {
    const thrown = fieldRefusal('show-cover-size', { path: 'cover', message: 'Trop petit : 1000 px, 1000 px.' })
    expect((thrown.data as { errors: unknown }).errors).toEqual([
      { path: 'cover', message: 'Trop petit : 1000 px, 1000 px.' },
    ])
  })

  it('writes a ratio or a time with the ratio sign, and any other colon too', () => {
    const ratio = '\u2236'
    expect(wholeInToast('au moins 4,5\u00a0:\u00a01, lisible')).toBe(`au moins 4,5\u00a0${ratio}\u00a01, lisible`)
    expect(wholeInToast('à 00:00:03.000, puis')).toBe(`à 00${ratio}00${ratio}03.000, puis`)
    expect(wholeInToast('voir https://exemple.org, puis')).toBe(`voir https${ratio}//exemple.org, puis`)
  })

  it('starts the clause after a French colon as a sentence, whatever the space before it', () => {
    for (const space of [' ', '\u00a0', '\u202f', ''])
      expect(wholeInToast(`Ce fichier est un PDF${space}: « Images » accepte JPEG, PNG.`)).toBe(
        'Ce fichier est un PDF. « Images » accepte JPEG, PNG.',
      )
    expect(wholeInToast('Réponse impossible : la personne n’a pas laissé d’adresse.')).toBe(
      'Réponse impossible. La personne n’a pas laissé d’adresse.',
    )
  })

  it('leaves a message without colon as it is', () => {
    const sentence = 'Pour publier, choisissez la maison où a lieu l’événement.'
    expect(refusal('incomplete-for-publishing', sentence).message).toBe(sentence)
    expect(adminToast(sentence)).toEqual({ message: sentence })
  })
})
