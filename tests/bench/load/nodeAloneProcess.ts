import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import rangeParser from 'range-parser'

/**
 * Node alone, the site's second reference in the serving section, run as its own process by
 * nodeAlone.ts on the folder nginx serves (argument 1), on an ephemeral loopback port written to
 * stdout as one JSON line `{ port }`: at `/memory/<name>`, a bare `node:http` answer of the file's
 * bytes, read once and kept, with the type nginx gives them (a `.br` file is an HTML page's brotli
 * bytes), and one byte range when one is asked (206, Content-Range): the ceiling of any Node server
 * answering from memory.
 */
const root = process.argv[2]!
const TYPES: Record<string, Record<string, string>> = {
  '.html': { 'content-type': 'text/html' },
  '.xml': { 'content-type': 'application/rss+xml' },
  '.ics': { 'content-type': 'text/calendar' },
  '.mp3': { 'content-type': 'audio/mpeg' },
  '.br': { 'content-type': 'text/html', 'content-encoding': 'br' },
}
const kept = new Map<string, { body: Buffer; headers: Record<string, string | number> }>()

/** The file's answer, read on its first request; undefined when there is no such file. */
function fromMemory(name: string) {
  const known = kept.get(name)
  if (known || !existsSync(path.join(root, name))) return known
  const body = readFileSync(path.join(root, name))
  const answer = { body, headers: { ...TYPES[path.extname(name)], 'content-length': body.length } }
  kept.set(name, answer)
  return answer
}

const server = http.createServer((req, res) => {
  const [, mode, name] = (req.url ?? '').split('/')
  if (!name || name.includes('..')) {
    res.writeHead(404).end()
  } else if (mode === 'memory') {
    const answer = fromMemory(name)
    const ranges = answer && req.headers.range ? rangeParser(answer.body.length, req.headers.range) : undefined
    if (!answer) res.writeHead(404).end()
    else if (Array.isArray(ranges) && ranges.length === 1) {
      const { start, end } = ranges[0]!
      res
        .writeHead(206, {
          ...answer.headers,
          'content-length': end - start + 1,
          'content-range': `bytes ${start}-${end}/${answer.body.length}`,
        })
        .end(answer.body.subarray(start, end + 1))
    } else res.writeHead(200, answer.headers).end(answer.body)
  } else {
    res.writeHead(404).end()
  }
})

server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`)
})

process.on('SIGTERM', () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
})
