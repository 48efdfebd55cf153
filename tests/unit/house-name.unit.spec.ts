import { describe, expect, it } from 'vitest'

import { calendarText } from '../../site/lib/feeds/icalendar'
import { agendaTitle, ofHouse, theHouse } from '../../site/lib/houseName'

describe('a house’s name in a sentence', () => {
  it('takes its article, contracted after « de »', () => {
    expect(agendaTitle({ name: 'Maison du Port' })).toBe('Agenda de la Maison du Port')
    expect(agendaTitle(null)).toBe('Agenda de la Coopé')
    expect(ofHouse('Maison de la Colline')).toBe('de la Maison de la Colline')
    expect(ofHouse('Centre social Pablo-Picasso')).toBe('du Centre social Pablo-Picasso')
    expect(ofHouse('Escale')).toBe('de l’Escale')
    expect(ofHouse('Les Tilleuls')).toBe('des Tilleuls')
    expect(ofHouse('La Ruche')).toBe('de la Ruche')
    expect(theHouse('Maison des Tilleuls')).toBe('la Maison des Tilleuls')
  })

  it('names a house’s calendar and its organisers with the article', () => {
    const ics = calendarText(
      [
        {
          id: 7,
          title: 'Loto',
          slug: 'loto',
          start: '2027-03-10T17:00:00.000Z',
          cooperation: false,
          houses: [{ id: 1, name: 'Maison du Port', slug: 'maison-du-port' }],
          status: 'scheduled',
          sequence: 0,
          updatedAt: '2027-03-01T10:00:00.000Z',
        } as never,
      ],
      { name: agendaTitle({ name: 'Maison du Port' }), siteUrl: 'https://agenda.example.org' },
    ).replace(/\r\n[ \t]/g, '')
    expect(ics).toContain('X-WR-CALNAME:Agenda de la Maison du Port\r\n')
    expect(ics).toContain('Organisé par la Maison du Port.')
  })
})
