import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The axe tags of the WCAG 2.2 level AA success criteria (levels A and AA of 2.0, 2.1 and 2.2). */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * The automated WCAG checks axe finds failing on the page as it is now, one line per rule:
 * « address: rule id (number of elements) »; [] when none fails. `tags` narrows the checks to some
 * criteria (default: all of WCAG 2.2 AA).
 *
 * Axe runs in the page itself (its "legacy" mode), with the page's same-origin frames, instead of
 * gathering the frames' results in a blank page it opens for each check: that page cost about 1.7 s
 * a check (2.5–3.5 s instead of 0.8–1.3 s, same results). What the blank page is for, frames from
 * other origins, no page of the site can have: its Content-Security-Policy allows frames from the
 * site only (`default-src 'self'`, no `frame-src`).
 */
export async function wcagViolations(page: Page, tags: string[] = WCAG_22_AA): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).setLegacyMode(true).analyze()
  return results.violations.map((violation) => `${page.url()}: ${violation.id} (${violation.nodes.length})`)
}
