import { OUTSIDE_ISSUES } from '../../schemas/addresses'

/**
 * What the `<numero>` part of a journal address names: an issue number, the articles published
 * outside any issue, or nothing (→ 404). Only plain positive integers are numbers ("01", "1e3"
 * and "-1" are not), so one issue has one address.
 */
export function parseIssueSegment(
  segment: string | undefined,
): { kind: 'issue'; number: number } | { kind: 'outside' } | null {
  if (segment === OUTSIDE_ISSUES) return { kind: 'outside' }
  if (!segment || !/^[1-9]\d{0,5}$/.test(segment)) return null
  return { kind: 'issue', number: Number(segment) }
}
