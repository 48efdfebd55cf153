// Audio worklet of the contribution form's recorder (site/scripts/mp3Recorder.ts): passes the
// microphone's samples (first channel, 32-bit float) to the page in blocks of 4,096 frames, as
// `{ samples, last }`; asked to finish, it sends what it holds with `last: true`.
/* global AudioWorkletProcessor, registerProcessor -- the audio worklet scope defines them */
class PcmCapture extends AudioWorkletProcessor {
  constructor() {
    super()
    this.block = new Float32Array(4096)
    this.filled = 0
    this.port.onmessage = () => {
      this.port.postMessage({ samples: this.block.slice(0, this.filled), last: true })
      this.filled = 0
    }
  }

  process(inputs) {
    const samples = inputs[0]?.[0]
    if (!samples) return true
    let read = 0
    while (read < samples.length) {
      const taken = Math.min(samples.length - read, this.block.length - this.filled)
      this.block.set(samples.subarray(read, read + taken), this.filled)
      this.filled += taken
      read += taken
      if (this.filled === this.block.length) {
        this.port.postMessage({ samples: this.block.slice(), last: false })
        this.filled = 0
      }
    }
    return true
  }
}

registerProcessor('pcm-capture', PcmCapture)
