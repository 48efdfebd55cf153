import { describe, expect, it } from 'vitest'

import { frenchSpacing } from '../../site/lib/format'
import { richTextToHtml } from '../../site/lib/richText'
import { typeset } from '../../site/lib/typeset'

/** Non-breaking spaces shown as "~" (U+00A0) and "^" (U+202F), so the expectations can be read. */
const visible = (text: string) => text.replace(/\u00a0/g, '~').replace(/\u202f/g, '^')

const paragraph = (...texts: string[]) => ({
  type: 'paragraph',
  children: texts.map((text, i) => ({ type: 'text', text, format: i % 2 ? 1 : 0 })),
})

describe('French spacing of typed text', () => {
  it('is the same when applied twice, and keeps spacing that is already right', () => {
    const typed = 'Pourquoi ? Parce que : « voilà » !'
    expect(frenchSpacing(frenchSpacing(typed))).toBe(frenchSpacing(typed))
    const right = `Rendez-vous\u00a0: 19\u00a0h\u202f!`
    expect(frenchSpacing(right)).toBe(right)
  })

  it('leaves addresses alone, even followed by a space or ending a sentence', () => {
    expect(visible(frenchSpacing('Voir https://la-coope.fr/faq?q=1 ou www.exemple.fr/a:b ! Merci'))).toBe(
      'Voir https://la-coope.fr/faq?q=1 ou www.exemple.fr/a:b^! Merci',
    )
    expect(frenchSpacing('Écrivez à https://exemple.fr/? ')).toBe('Écrivez à https://exemple.fr/? ')
  })

  it('leaves times written with a colon alone', () => {
    expect(visible(frenchSpacing('Ouverture à 09:30 : entrez'))).toBe('Ouverture à 09:30~: entrez')
  })

  it('binds a mark that starts a piece of text to the word before it', () => {
    expect(visible(frenchSpacing(' ! et encore'))).toBe('^! et encore')
    expect(visible(frenchSpacing(' : la suite'))).toBe('~: la suite')
  })
})

describe('typeset: CMS content as the site prints it', () => {
  it('spaces titles, summaries and descriptions at any depth, and nothing else', () => {
    const read = typeset({
      title: 'On y va ?',
      slug: 'on-y-va',
      summary: 'Venez nombreux !',
      houses: [{ name: 'Maison : des Tilleuls', title: 'La fête !' }],
      registration: { url: 'https://exemple.fr/?inscription=1 ', phone: '02 47 : 52' },
      tags: ['Pourquoi ?'],
      description: 'Le mot « partage ».',
    })
    expect(visible(read.title)).toBe('On y va^?')
    expect(visible(read.summary)).toBe('Venez nombreux^!')
    expect(visible(read.description)).toBe('Le mot «^partage^».')
    expect(visible(read.houses[0]!.title)).toBe('La fête^!')
    expect(read.houses[0]!.name).toBe('Maison : des Tilleuls')
    expect(read.slug).toBe('on-y-va')
    expect(read.registration).toEqual({ url: 'https://exemple.fr/?inscription=1 ', phone: '02 47 : 52' })
    expect(read.tags).toEqual(['Pourquoi ?'])
  })

  it('spaces the text nodes of rich text, across formatted pieces, and leaves link addresses alone', () => {
    const link = {
      type: 'link',
      fields: { url: 'https://exemple.fr/?a=1 ; b', linkType: 'custom' },
      children: [{ type: 'text', text: 'la page ?', format: 0 }],
    }
    const body = typeset({
      root: {
        type: 'root',
        children: [paragraph('Bonjour', ' ! Lisez ', '«cette»'), { ...paragraph(), children: [link] }],
      },
    })
    const html = richTextToHtml(body)
    expect(visible(html)).toContain('<p>Bonjour<strong>^! Lisez </strong>«^cette^»</p>')
    expect(visible(html)).toContain('href="https://exemple.fr/?a=1 ; b"')
    expect(visible(html)).toContain('>la page^?</a>')
  })

  it('does not change what it was given, and copies only the parts holding a change', () => {
    const original = {
      title: 'Quoi ?',
      houses: [{ name: 'Maison : des Tilleuls' }],
      body: { root: { children: [{ type: 'text', text: 'Oui !' }], direction: 'ltr' } },
    }
    const spaced = typeset(original)
    expect(original.title).toBe('Quoi ?')
    expect(original.body.root.children[0]!.text).toBe('Oui !')
    expect(visible(spaced.body.root.children[0]!.text)).toBe('Oui^!')
    expect(spaced.houses).toBe(original.houses)
    expect(spaced.body).not.toBe(original.body)
  })
})
