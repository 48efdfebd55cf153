import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

export type HtmlMessage = { type: string; message: string; extract?: string }

/**
 * Checks one HTML document with the Nu HTML checker (the W3C validator, run locally on Java) and
 * returns its errors; an empty list means the document is valid HTML.
 */
export function htmlErrors(document: string): HtmlMessage[] {
  const run = spawnSync(process.env.JAVA_PATH ?? 'java', ['-jar', jar, '--format', 'json', '--stdout', '-'], {
    input: document,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  if (run.error) throw run.error
  const report = JSON.parse(run.stdout) as { messages: HtmlMessage[] }
  return report.messages.filter((m) => m.type === 'error')
}

/** A minimal valid page around a fragment, so that only the fragment's own faults are reported. */
export const pageAround = (fragment: string): string =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title></head><body><main>${fragment}</main></body></html>`
