import { monitorEventLoopDelay } from 'node:perf_hooks'

import { podcastSound } from '../../../cms/collections/Contributions/endpoints/podcastSound'
import { toneWavFile } from '../../helpers/files'
import { ms, table, timed } from '../stats'

/**
 * Converts WAV recordings of `minutes` (10 in a full run) to MP3 as moderation's « make a draft
 * episode » does (`podcastSound`, in a worker thread), in this process: how long each takes, beside
 * the longest pause of this process's event loop meanwhile (what a request arriving then would
 * wait). Without the worker, the pause would be the whole conversion. At 8 kHz, 10 minutes is the
 * largest WAV the form takes (12 MB); 48 kHz is the rate of every Opus recording, whose encoding
 * dominates.
 */
export async function measureSoundConversion(minutes = 10): Promise<string> {
  const cases = [
    [`WAV, ${minutes} min, 8 kHz 16-bit mono`, toneWavFile(minutes * 60, 8000)],
    [`WAV, ${minutes} min, 48 kHz 16-bit mono`, toneWavFile(minutes * 60, 48_000)],
  ] as const
  const rows: (string | number)[][] = []
  for (const [name, file] of cases) {
    const loop = monitorEventLoopDelay({ resolution: 10 })
    loop.enable()
    let bytes = 0
    const elapsed = await timed(async () => (bytes = (await podcastSound(file, 'mesure')).size))
    loop.disable()
    rows.push([name, file.size, bytes, ms(elapsed), ms(loop.max / 1e6)])
  }
  return table(['recording', 'bytes in', 'MP3 bytes', 'conversion', 'longest event-loop pause'], rows)
}
