import { randomBytes } from 'node:crypto'

import type { BenchHub } from '../hub'
import { ms, percentile, table } from '../stats'
import type { Template } from '../templates'

/** A published document whose text field is changed, and the public addresses that must show it. */
export type Publication = { name: string; collection: string; field: string; id: number; watch: Template[] }

/** Polls `url` until its body contains `text`; ms since `since`. */
async function visibleAfter(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    const body = await (await fetch(url)).text()
    if (body.includes(text)) return performance.now() - since
    if (performance.now() - since > 15_000) throw new Error(`"${text}" still not visible at ${url} after 15 s`)
  }
}

/**
 * Publishes `rounds` changes of each document through REST as the admin, each once its pages are
 * cached, and times until every watched page or feed shows it (from the moment the request
 * returned). The documents get their text back afterwards.
 */
export async function measurePublishing(hub: BenchHub, publications: Publication[], rounds: number): Promise<string> {
  const rows: (string | number)[][] = []
  for (const publication of publications) {
    const address = `${hub.cms}/api/${publication.collection}/${publication.id}`
    const original = (
      (await (await fetch(`${address}?depth=0`, { headers: hub.admin })).json()) as Record<string, unknown>
    )[publication.field]
    const patch = (value: unknown) =>
      fetch(address, {
        method: 'PATCH',
        headers: hub.admin,
        body: JSON.stringify({ [publication.field]: value, _status: 'published' }),
      })
    const times = new Map<string, number[]>(publication.watch.map((template) => [template.name, []]))
    try {
      for (let round = 0; round < rounds; round++) {
        const marker = `Mesure ${round} ${randomBytes(3).toString('hex')}`
        await Promise.all(publication.watch.map((template) => fetch(`${hub.site}${template.path}`)))
        const response = await patch(marker)
        if (!response.ok)
          throw new Error(`Publishing ${publication.name} failed: ${response.status} ${await response.text()}`)
        const returned = performance.now()
        await Promise.all(
          publication.watch.map(async (template) =>
            times.get(template.name)!.push(await visibleAfter(`${hub.site}${template.path}`, marker, returned)),
          ),
        )
      }
    } finally {
      await patch(original)
    }
    for (const [name, values] of times) {
      rows.push([
        publication.name,
        name,
        values.length,
        ms(percentile(values, 50)),
        ms(percentile(values, 95)),
        ms(Math.max(...values)),
      ])
    }
  }
  return table(['change', 'shown on', 'publishes', 'p50', 'p95', 'max'], rows)
}
