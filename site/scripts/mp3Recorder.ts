/**
 * Records the microphone as MP3 in the browser, whatever it is: the samples come from an audio
 * worklet (`/pcm-capture.worklet.js`) and are encoded as they arrive by LAME (`@breezystack/lamejs`,
 * loaded only when a recording starts). MP3 is what every podcast app plays, so a recording sent
 * with the contribution form can become an episode as it is; a browser's own MediaRecorder gives
 * WebM or Ogg Opus in most browsers, which the feeds cannot carry.
 */

/** Mono at 96 kbit/s: a voice recording of 5 minutes is about 3.5 MB. */
const CHANNELS = 1
const BITRATE_KBPS = 96

export type Mp3Recording = {
  /** Seconds recorded so far. */
  seconds: () => number
  /** Stops the microphone and resolves to the MP3 file (`enregistrement.mp3`, audio/mpeg). */
  stop: () => Promise<File>
}

/** True when this browser can record through an audio worklet. */
export const canRecord = (): boolean =>
  'mediaDevices' in navigator && 'AudioWorkletNode' in window && 'DataTransfer' in window

/** 32-bit float samples in [-1, 1] as the 16-bit integers LAME takes. */
function toInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length)
  for (let i = 0; i < samples.length; i += 1) {
    const s = Math.max(-1, Math.min(1, samples[i]!))
    out[i] = s < 0 ? s * 0x8000 : s * 0x7fff
  }
  return out
}

/**
 * Asks for the microphone and starts recording. The samples after `maxSeconds` are left out, so the
 * file never lasts longer however late the page notices the time is up (a busy phone's timers can
 * run a second or more late, and the CMS refuses a recording over its limit).
 * @throws DOMException when the microphone is refused or absent (NotAllowedError, NotFoundError)
 */
export async function startMp3Recording({ maxSeconds = Infinity } = {}): Promise<Mp3Recording> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
  const context = new AudioContext()
  try {
    const [{ Mp3Encoder }] = await Promise.all([
      import('@breezystack/lamejs'),
      context.audioWorklet.addModule('/pcm-capture.worklet.js'),
    ])
    const encoder = new Mp3Encoder(CHANNELS, context.sampleRate, BITRATE_KBPS)
    const source = context.createMediaStreamSource(stream)
    const capture = new AudioWorkletNode(context, 'pcm-capture')
    const parts: BlobPart[] = []
    const maxFrames = maxSeconds * context.sampleRate
    let frames = 0
    let finished: (() => void) | undefined
    capture.port.onmessage = ({ data }: MessageEvent<{ samples: Float32Array; last: boolean }>) => {
      const kept = data.samples.subarray(0, Math.max(0, Math.floor(maxFrames - frames)))
      frames += kept.length
      if (kept.length > 0) parts.push(new Uint8Array(encoder.encodeBuffer(toInt16(kept))))
      if (data.last) finished?.()
    }
    source.connect(capture)
    // Connected to the output (it writes silence) so that every browser keeps pulling it.
    capture.connect(context.destination)
    return {
      seconds: () => frames / context.sampleRate,
      stop: async () => {
        const done = new Promise<void>((resolve) => (finished = resolve))
        source.disconnect()
        stream.getTracks().forEach((track) => track.stop())
        capture.port.postMessage('finish')
        await done
        parts.push(new Uint8Array(encoder.flush()))
        await context.close()
        return new File(parts, 'enregistrement.mp3', { type: 'audio/mpeg' })
      },
    }
  } catch (error) {
    stream.getTracks().forEach((track) => track.stop())
    await context.close()
    throw error
  }
}
