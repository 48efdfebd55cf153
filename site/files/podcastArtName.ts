import { createHmac, timingSafeEqual } from 'node:crypto'

import { siteEnv } from '../lib/env'

/** The folder of MEDIA_DIR where podcast artwork made from show covers is kept. */
export const PODCAST_ART_FOLDER = 'pochettes'

/** Characters of the signature in an artwork's name: 96 bits of base64url. */
const SIGNATURE_LENGTH = 16

const signature = (coverName: string, secret: string) =>
  createHmac('sha256', secret).update(`podcast-art:${coverName}`).digest('base64url').slice(0, SIGNATURE_LENGTH)

/**
 * The file name of a cover's podcast artwork: `<cover name>.<signature>.jpg`, where the signature
 * is the first 16 characters of the base64url HMAC-SHA256 of `podcast-art:<cover name>` under
 * SITE_INVALIDATION_SECRET (the prefix keeps it apart from the secret's other use). Only the site,
 * naming its feeds' artwork from show covers, can make such a name: nobody can have artwork made
 * from any other public image, as image proxies sign the addresses of the sizes they make.
 */
export function podcastArtName(coverName: string, secret = siteEnv().SITE_INVALIDATION_SECRET): string {
  return `${coverName}.${signature(coverName, secret)}.jpg`
}

/**
 * The cover an artwork name was made from by {@link podcastArtName}, or null when the name is not
 * one (no signature, or one that does not match: compared in constant time).
 */
export function coverOfPodcastArt(artName: string, secret = siteEnv().SITE_INVALIDATION_SECRET): string | null {
  const match = /^(.+)\.([A-Za-z0-9_-]{16})\.jpg$/.exec(artName)
  if (!match) return null
  const [, coverName, given] = match as unknown as [string, string, string]
  const expected = signature(coverName, secret)
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected)) ? coverName : null
}
