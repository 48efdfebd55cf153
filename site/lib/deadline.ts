import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * How long one page may wait for the CMS in all, across every read it makes: a CMS that accepts
 * connections and never answers still gets the visitor the French 503 page within 3 seconds
 * (the rest of the budget is rendering that page and the network).
 */
export const CMS_BUDGET_MS = 2500

const deadlines = new AsyncLocalStorage<number>()

/** Runs one request's rendering under a shared deadline `budgetMs` from now. */
export const withCmsDeadline = <T>(budgetMs: number, render: () => T): T => deadlines.run(Date.now() + budgetMs, render)

/**
 * Milliseconds left before the current request's deadline (at least 1, so an exhausted budget
 * aborts at once); outside a request (a feed built by a script), the whole budget.
 */
export function cmsTimeLeft(now = Date.now()): number {
  const deadline = deadlines.getStore()
  return deadline === undefined ? CMS_BUDGET_MS : Math.max(1, deadline - now)
}
