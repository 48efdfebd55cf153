/**
 * The contribution form works without this script. With it: the error summary takes the focus,
 * and a recording can be made in the page (when the browser has a microphone), as MP3, then sent
 * with the form in place of a chosen sound file.
 */
import { canRecord, type Mp3Recording, startMp3Recording } from './mp3Recorder'

document.getElementById('erreurs')?.focus()

const recorder = document.getElementById('enregistreur')
const input = document.getElementById('champ-audio') as HTMLInputElement | null
if (recorder && input && canRecord()) {
  const part = <T extends HTMLElement>(name: string) => recorder.querySelector<T>(`[data-record="${name}"]`)!
  const start = part<HTMLButtonElement>('start')
  const stop = part<HTMLButtonElement>('stop')
  const status = part<HTMLElement>('status')
  const elapsed = part<HTMLElement>('elapsed')
  const preview = part<HTMLAudioElement>('preview')
  recorder.hidden = false

  const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`
  let recording: Mp3Recording | undefined
  let ticking: number | undefined

  start.addEventListener('click', async () => {
    start.disabled = true
    try {
      recording = await startMp3Recording()
    } catch {
      start.disabled = false
      status.textContent = 'Le micro n’est pas disponible. Vous pouvez choisir un fichier son à la place.'
      return
    }
    stop.disabled = false
    stop.focus()
    status.textContent = 'Enregistrement en cours… Appuyez sur « Arrêter » pour finir.'
    // The running time is shown but not announced: a screen reader would repeat it every second.
    ticking = window.setInterval(() => (elapsed.textContent = clock(recording!.seconds())), 500)
  })

  stop.addEventListener('click', async () => {
    if (!recording) return
    stop.disabled = true
    window.clearInterval(ticking)
    const file = await recording.stop()
    recording = undefined
    const transfer = new DataTransfer()
    transfer.items.add(file)
    input.files = transfer.files
    preview.src = URL.createObjectURL(file)
    preview.hidden = false
    status.textContent = 'Enregistrement terminé : il sera envoyé avec le formulaire. Vous pouvez l’écouter ci-dessous.'
    start.disabled = false
    start.focus()
  })
}
