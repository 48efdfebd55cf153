import { getPayload } from 'payload'

import { contentDigest } from './contentDigest'

/**
 * Starts Payload on the data named by DATABASE_URI and MEDIA_DIR (as a restored hub would start)
 * and prints its content digest as one JSON line.
 */
async function main() {
  const config = await (await import('../../payload.config')).default
  const payload = await getPayload({ config })
  try {
    console.log(JSON.stringify(await contentDigest(payload, process.env.MEDIA_DIR!)))
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
