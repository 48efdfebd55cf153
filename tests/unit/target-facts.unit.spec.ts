import { describe, expect, it } from 'vitest'

import { requestTarget } from '../../schemas/http/requestTarget'
import { storeKey, targetFacts } from '../../site/lib/targetFacts'

describe('the facts of a request target', () => {
  it('are those of its parsed address, the same when asked again', () => {
    for (const target of [
      '/agenda',
      '/agenda?maison=maison-du-port&x=1',
      '/agenda//',
      '/agenda/widget',
      '/api/cache',
    ]) {
      const expected = { frameable: target === '/agenda/widget', key: storeKey(requestTarget(target)!) }
      expect(targetFacts(target)).toEqual(expected)
      expect(targetFacts(target)).toEqual(expected)
    }
    expect(targetFacts('/agenda')?.key).toBe('http://route-cache.invalid/agenda')
    expect(targetFacts('/agenda//')?.key).toBeUndefined()
    expect(targetFacts('/api/cache')?.key).toBeUndefined()
  })

  it('give no store key to a target that is not a path, which the URL parser would read as another path', () => {
    for (const target of ['//x/agenda', '//agenda', 'http://x/agenda', 'http://localhost/agenda?maison=a'])
      expect(targetFacts(target), target).toEqual({ frameable: false, key: undefined })
    expect(targetFacts('/agenda')?.key).toBe('http://route-cache.invalid/agenda')
  })

  it('make a preview frameable and never cached', () => {
    expect(targetFacts('/journal/2/le-minibus?apercu=jeton')).toEqual({ frameable: true, key: undefined })
  })

  it('are null for a target that is no address, every time', () => {
    for (const target of ['/%', 'http://[/', '/%E0%A4%A', '/journal?page=%C3%28']) {
      expect(targetFacts(target)).toBeNull()
      expect(targetFacts(target)).toBeNull()
    }
  })

  it('are worked out for a long target too, each time', () => {
    const tracked = `/agenda?${'utm_content=x&'.repeat(100)}maison=maison-du-port`
    expect(targetFacts(tracked)).toEqual({
      frameable: false,
      key: 'http://route-cache.invalid/agenda?maison=maison-du-port',
    })
    expect(targetFacts(tracked)).toEqual(targetFacts(tracked))
  })

  it('stay right past the number of targets remembered', () => {
    for (let i = 0; i < 2_500; i++)
      expect(targetFacts(`/agenda/evenement-${i}`)?.key).toMatch(new RegExp(`evenement-${i}$`))
    expect(targetFacts('/agenda/evenement-7')?.key).toBe('http://route-cache.invalid/agenda/evenement-7')
  })
})
