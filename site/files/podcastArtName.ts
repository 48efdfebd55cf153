import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

import { siteEnv } from '../lib/env'

/** The folder of MEDIA_DIR where podcast artwork made from show covers is kept. */
export const PODCAST_ART_FOLDER = 'pochettes'

/** Characters of the signature in an artwork's name: 96 bits of base64url. */
const SIGNATURE_LENGTH = 16

/** The artwork key, derived from SITE_INVALIDATION_SECRET so that it signs nothing else. */
const artworkKey = (secret: string): Buffer => Buffer.from(hkdfSync('sha256', secret, '', 'coope-podcast-art-v1', 32))

const signature = (coverName: string, secret: string) =>
  createHmac('sha256', artworkKey(secret)).update(coverName).digest('base64url').slice(0, SIGNATURE_LENGTH)

/**
 * The file name of a cover's podcast artwork: `<cover name>.<signature>.jpg`, where the signature
 * is the first 16 characters of the base64url HMAC-SHA256 of the cover's name under a key derived
 * (HKDF) from SITE_INVALIDATION_SECRET, as preview tokens are (`schemas/previewToken.ts`). Only
 * the site, naming its feeds' artwork from show covers, can make such a name: nobody can have
 * artwork made from any other public image, as image proxies sign the addresses of the sizes they
 * make. A new secret gives new names: podcast apps then fetch the artwork anew, made once more.
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
