import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { globalSlugs } from '../../schemas/slugs'
import { adminToast } from '../helpers/adminToast'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type Actors, createActors } from '../helpers/staff'

let cms: TestCms
let actors: Actors

beforeAll(async () => {
  cms = await startTestCms()
  actors = (await createActors(cms.payload)).actors
})
afterAll(() => cms.stop())

const readable = {
  primary: '#0B5563',
  onPrimary: '#FFFFFF',
  highlight: '#F2C14E',
  background: '#FFF8EE',
  text: '#1B1B1F',
}

const save = (palette: Partial<typeof readable>) =>
  cms.payload.updateGlobal({
    slug: globalSlugs.identity,
    data: { palette } as never,
    user: actors.admin,
    overrideAccess: false,
  })

/** The message with its narrow non-breaking spaces (inside « ») shown as plain spaces. */
const plain = (text: string) => text.replace(/\u202f/g, ' ')

const refusalOf = async (palette: Partial<typeof readable>) => {
  try {
    await save(palette)
  } catch (error) {
    return error as {
      message: string
      status: number
      data: { code: string; pairs: { name: string; ratio: number }[] }
    }
  }
  throw new Error('the palette was saved')
}

describe('the identity palette', () => {
  it('is saved when every text/background pair reaches WCAG 2.2 AA', async () => {
    const saved = await save(readable)
    expect(saved.palette).toMatchObject(readable)
  })

  it('is refused in French, naming the pair and its ratio, when one falls below 4.5:1', async () => {
    const refused = await refusalOf({ ...readable, onPrimary: '#7FB3BD' })
    expect(refused.status).toBe(400)
    expect(refused.data.code).toBe('palette-poor-contrast')
    expect(refused.message).toContain('Contraste insuffisant')
    expect(plain(refused.message)).toContain('« Texte sur la couleur principale » sur « Couleur principale »')
    expect(plain(refused.message)).toContain('« Couleur principale » à 3,64\u00a0\u2236\u00a01')
    expect(adminToast(refused.message)).toEqual({ message: refused.message })
    expect(refused.data.pairs).toHaveLength(1)
    const kept = await cms.payload.findGlobal({ slug: globalSlugs.identity })
    expect(kept.palette?.onPrimary).toBe(readable.onPrimary)
  })

  it('names every weak pair, including those made with colours the change does not touch', async () => {
    const refused = await refusalOf({ background: '#556270' })
    const names = refused.data.pairs.map((pair) => plain(pair.name))
    expect(names).toContain('« Texte » sur « Fond »')
    expect(names).toContain('« Couleur principale » (liens et titres) sur « Fond »')
    for (const pair of refused.data.pairs) expect(pair.ratio).toBeLessThan(4.5)
  })
})
