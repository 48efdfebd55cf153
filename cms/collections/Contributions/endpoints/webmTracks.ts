import { EbmlStreamDecoder, type EbmlTag, EbmlTagId } from 'ebml-stream'

/** Matroska's TrackType of a video track (Matroska specification, RFC 9559, section 5.1.4.1.3). */
const VIDEO_TRACK = 1

/** The track headers come first in a WebM file: its first megabyte is plenty to read them. */
const HEAD_BYTES = 1024 * 1024

/**
 * Whether a WebM (Matroska) file declares a video track, read from its track headers with
 * ebml-stream: the WebM that browsers record leave their sizes unknown, which music-metadata
 * cannot read, and the sound decoder skips any video.
 *
 * @param bytes the file's bytes (only the first megabyte is read)
 * @returns true when a TrackEntry has TrackType 1 (video); false otherwise, and for bytes that
 *   are no EBML at all
 */
export function webmHasVideo(bytes: Uint8Array): Promise<boolean> {
  return new Promise((resolve) => {
    const decoder = new EbmlStreamDecoder()
    let video = false
    decoder.on('data', (tag: EbmlTag & { data?: unknown }) => {
      if (tag.id === EbmlTagId.TrackType && tag.data === VIDEO_TRACK) video = true
    })
    decoder.on('error', () => resolve(video))
    decoder.on('end', () => resolve(video))
    decoder.end(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)))
  })
}
