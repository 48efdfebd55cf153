import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server, run as its own process by tests/helpers/smtp.ts: it accepts every message
 * on 127.0.0.1 and writes one JSON line per event to stdout: `{ port }` once listening, then
 * `{ raw }` (the message as received, base64) for each message.
 */
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      process.stdout.write(`${JSON.stringify({ raw: Buffer.concat(chunks).toString('base64') })}\n`)
      callback()
    })
  },
})

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address()
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`)
})

process.on('SIGTERM', () => server.close(() => process.exit(0)))
