import { z } from 'zod'

/** One value of a closed list: `value` is stored and used in code, `label` is what people read (French). */
export type Term<V extends string = string> = { readonly value: V; readonly label: string }

/**
 * A closed list defined once, from which everything else derives: the Payload `select` options
 * (`options()`), the zod enum that reads values back at a boundary (`schema`), the TypeScript type
 * (`ValueOf<typeof list>`) and the French labels (`label(value)`). Adding a value here adds it
 * everywhere at once, so the admin can never store what the site cannot read.
 */
export function vocabulary<const V extends string>(terms: readonly [Term<V>, ...Term<V>[]]) {
  const values = terms.map((term) => term.value) as [V, ...V[]]
  const labels = new Map<string, string>(terms.map((term) => [term.value, term.label]))
  return {
    terms,
    values,
    schema: z.enum(values),
    /** Payload select options, as fresh copies: Payload's config sanitiser may change what it is given. */
    options: (): { value: V; label: string }[] => terms.map((term) => ({ ...term })),
    /** The French label of a value; a value the list does not know is shown as it is. */
    label: (value: string): string => labels.get(value) ?? value,
    has: (value: unknown): value is V => typeof value === 'string' && labels.has(value),
  }
}

export type Vocabulary<V extends string = string> = ReturnType<typeof vocabulary<V>>

/** The union of a vocabulary's values. */
export type ValueOf<T> = T extends Vocabulary<infer V> ? V : never
