import * as rruleModule from 'rrule'

type RRuleModule = typeof rruleModule

/**
 * rrule ships CommonJS under an ES "module" field: Node's ESM loader sees only a default export,
 * bundlers see named ones. This picks whichever is there.
 */
const loaded = (rruleModule as RRuleModule & { default?: RRuleModule }).default ?? rruleModule

export const RRule = loaded.RRule
export type RRule = rruleModule.RRule
export type Options = rruleModule.Options
