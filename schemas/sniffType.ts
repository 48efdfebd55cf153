import { fileTypeFromBuffer } from 'file-type'

/** A file's type as read from its bytes: the extension file-type gives it and its bare MIME type. */
export type SniffedType = { ext: string; mime: string }

/**
 * Reads a file's type from its bytes (file-type), never from its name or a browser's claim. The
 * MIME type comes without parameters: file-type reports an Ogg/Opus file as
 * `audio/ogg; codecs=opus`, while the hub's lists of accepted types name bare types (`audio/ogg`).
 *
 * @param bytes the file's bytes (the first few kilobytes suffice)
 * @returns the type, or `undefined` when no known format matches
 */
export async function sniffType(bytes: Uint8Array): Promise<SniffedType | undefined> {
  const sniffed = await fileTypeFromBuffer(bytes)
  return sniffed && { ext: sniffed.ext, mime: sniffed.mime.split(';')[0]!.trim() }
}
