import { describe, expect, it } from 'vitest'

import { CMS_BUDGET_MS, cmsTimeLeft, withCmsDeadline } from '../../site/lib/deadline'

describe('the CMS deadline of a page', () => {
  it('is shared by every read of one request', () => {
    const start = Date.now()
    withCmsDeadline(2500, () => {
      expect(cmsTimeLeft(start + 1000)).toBeGreaterThanOrEqual(1500)
      expect(cmsTimeLeft(start + 1000)).toBeLessThan(1600)
    })
  })

  it('aborts at once once the budget is spent, never waits a fresh budget', () => {
    withCmsDeadline(100, () => expect(cmsTimeLeft(Date.now() + 10_000)).toBe(1))
  })

  it('gives a whole budget outside a request, under 3 seconds', () => {
    expect(cmsTimeLeft()).toBe(CMS_BUDGET_MS)
    expect(CMS_BUDGET_MS).toBeLessThan(3000)
  })
})
