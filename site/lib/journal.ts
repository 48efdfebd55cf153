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

/** The journal's name as issue titles spell it, compared without case, accents or odd spaces. */
const JOURNAL_NAME = 'au fil des quartiers'

/**
 * Does an issue's own title already name the journal or its number (« Au fil des quartiers n°2 :
 * l'hiver solidaire », « Numéro 2 », « N° 2 spécial été »)? Staff often write it so; prefixing
 * such a title once more would repeat it.
 */
export function titleNamesIssue(title: string, number: number): boolean {
  const plain = title.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').toLowerCase()
  return plain.includes(JOURNAL_NAME) || new RegExp(`(?:^|[^a-z])(?:n ?[°o]\\.?|numero) ?${number}(?!\\d)`).test(plain)
}

/** An issue's title standing alone (feeds, search): « Au fil des quartiers n° N : title », unless the title names it. */
export function issueFullTitle(issue: { number: number; title: string }): string {
  return titleNamesIssue(issue.title, issue.number)
    ? issue.title
    : `Au fil des quartiers n° ${issue.number} : ${issue.title}`
}

/** An issue's title among the journal's issues: « N° N — title », unless the title names it. */
export function issueListTitle(issue: { number: number; title: string }): string {
  return titleNamesIssue(issue.title, issue.number) ? issue.title : `N°\u00a0${issue.number} — ${issue.title}`
}
