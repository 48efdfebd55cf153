import { describe, expect, it } from 'vitest'

import type { Episode } from '../../schemas/content/radio'
import { mayName, publicTranscript, withConsentedVoices } from '../../schemas/radio/voices'
import { episodeFiles } from '../../site/feeds/episodeFiles'
import { buildSearchCorpus, type SearchSources } from '../../site/lib/search/records'

const people = [
  { name: 'Karim Haddad', role: 'host' as const, consent: true },
  { name: 'Awa Diallo', role: 'guest' as const, consent: false },
  { name: 'Lucie Martin', role: 'reporter' as const, consent: null },
]

const transcript = [
  'WEBVTT',
  '',
  '00:00:00.000 --> 00:00:04.000',
  '<v Karim>Bonjour et bienvenue !',
  '',
  '00:00:04.000 --> 00:00:09.000',
  '<v Awa Diallo>Merci de m’accueillir.',
  '',
  '00:00:09.000 --> 00:00:12.000',
  '<v.reportage Lucie Martin>Et sur le marché ?</v> <v Awa Diallo>On y va.',
  '',
].join('\n')

const episode = { transcript, people } as unknown as Episode

describe('voices in a transcript', () => {
  it('names only a voice that can be nobody but people who agreed', () => {
    expect(mayName('Karim Haddad', people)).toBe(true)
    expect(mayName('karim', people)).toBe(true)
    expect(mayName('Awa Diallo', people)).toBe(false)
    expect(mayName('Awa', people)).toBe(false)
    expect(mayName('Lucie Martin', people)).toBe(false)
    expect(mayName('Inconnu', people)).toBe(false)
    expect(mayName('Karim', [...people, { name: 'Karim Benali', consent: false }])).toBe(false)
  })

  it('writes « Intervenant·e » for the others, numbered when there are several, and keeps the rest as written', () => {
    expect(withConsentedVoices(transcript, people)).toBe(
      transcript
        .replaceAll('<v Awa Diallo>', '<v Intervenant·e 1>')
        .replace('<v.reportage Lucie Martin>', '<v.reportage Intervenant·e 2>'),
    )
    expect(withConsentedVoices('WEBVTT\n\n00:00.000 --> 00:01.000\n<v Awa>Oui.\n', people)).toBe(
      'WEBVTT\n\n00:00.000 --> 00:01.000\n<v Intervenant·e>Oui.\n',
    )
    expect(publicTranscript({ transcript: null, people })).toBeNull()
  })

  it('serves the WebVTT and plain text files without the names of who did not agree', () => {
    const vtt = episodeFiles.vtt(episode)!
    const text = episodeFiles.text(episode)!
    for (const served of [vtt, text]) {
      expect(served).not.toContain('Awa')
      expect(served).not.toContain('Lucie')
    }
    expect(vtt).toContain('<v Karim>Bonjour et bienvenue !')
    expect(text).toBe(
      'Karim\u00a0: Bonjour et bienvenue !\n\n' +
        'Intervenant·e 1\u00a0: Merci de m’accueillir.\n\n' +
        'Intervenant·e 2\u00a0: Et sur le marché ? On y va.\n',
    )
  })

  it('lets nobody find the episode by the name of someone who did not agree', () => {
    const sources = Object.fromEntries(
      ['events', 'houses', 'projects', 'partners', 'purposes', 'objectives', 'actions', 'journal-issues', 'articles']
        .concat(['shows', 'pages', 'contributions'])
        .map((collection) => [collection, []]),
    ) as unknown as SearchSources
    const { records } = buildSearchCorpus(
      {
        ...sources,
        episodes: [
          {
            id: 5,
            title: 'Le marché',
            slug: 'le-marche',
            description: 'Reportage.',
            transcript,
            people,
            publishedAt: '2026-11-01T00:00:00.000Z',
            show: { id: 2, title: 'Les voix du Port', slug: 'voix-du-port' },
          },
        ],
      },
      new Date('2026-11-30T00:00:00Z'),
    )
    const [record] = records
    expect(record!.content).toContain('Karim Haddad')
    expect(record!.content).not.toMatch(/Awa|Diallo|Lucie/)
  })
})
