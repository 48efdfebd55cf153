/**
 * The contribution form works without this script. With it: the error summary takes the focus,
 * and a recording can be made in the page (when the browser has a microphone), as MP3, then sent
 * with the form in place of a chosen sound file.
 */
import { canRecord, type Mp3Recording, startMp3Recording } from './mp3Recorder'

document.getElementById('erreurs')?.focus()

/**
 * Files too heavy are said before anything is sent (on a phone's data plan, a video picked as the
 * sound would otherwise be uploaded only to be refused): under the file field, with the browser's
 * own validation message, in the words the server uses (carried by the page).
 */
const form = document.querySelector<HTMLFormElement>('form.contribution-form')
if (form) {
  const fileInputs = [...form.querySelectorAll<HTMLInputElement>('input[type="file"][data-max-bytes]')]
  for (const input of fileInputs) input.addEventListener('change', () => input.setCustomValidity(''))
  form.addEventListener('submit', (event) => {
    const tooHeavy = fileInputs.find((input) =>
      [...(input.files ?? [])].some((file) => file.size > Number(input.dataset.maxBytes)),
    )
    const total = fileInputs.flatMap((input) => [...(input.files ?? [])]).reduce((sum, file) => sum + file.size, 0)
    const [input, message] = tooHeavy
      ? [tooHeavy, tooHeavy.dataset.oversize]
      : total > Number(form.dataset.maxTotal)
        ? [fileInputs.find((field) => field.files?.length), form.dataset.tooLarge]
        : [undefined, undefined]
    if (!input || !message) return
    event.preventDefault()
    input.setCustomValidity(message)
    input.reportValidity()
  })
}

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
  /** How long a recording may last, as the page says (the CMS refuses longer ones). */
  const maxSeconds = () => Number(recorder.dataset.maxSeconds) || 600
  let recording: Mp3Recording | undefined
  let ticking: number | undefined
  let warned = false

  /** Stops the recording and puts it in the form, saying `done` in the status line. */
  const finish = async (done: string) => {
    if (!recording) return
    const ending = recording
    recording = undefined
    stop.disabled = true
    window.clearInterval(ticking)
    const file = await ending.stop()
    const transfer = new DataTransfer()
    transfer.items.add(file)
    input.files = transfer.files
    preview.src = URL.createObjectURL(file)
    preview.hidden = false
    status.textContent = `${done} Il sera envoyé avec le formulaire. Vous pouvez l’écouter ci-dessous.`
    start.disabled = false
    start.focus()
  }

  const tick = () => {
    if (!recording) return
    const seconds = recording.seconds()
    elapsed.textContent = clock(seconds)
    // A second early: the recording keeps no sample past it (startMp3Recording), so that its last
    // MP3 frame still ends under the limit the CMS checks.
    if (seconds >= maxSeconds() - 1)
      void finish(`Enregistrement arrêté : il a atteint la durée maximale de ${clock(maxSeconds())}.`)
    else if (!warned && maxSeconds() > 120 && seconds >= maxSeconds() - 60) {
      warned = true
      status.textContent = 'Encore une minute : l’enregistrement s’arrêtera de lui-même ensuite.'
    }
  }

  start.addEventListener('click', async () => {
    start.disabled = true
    try {
      recording = await startMp3Recording({ maxSeconds: maxSeconds() - 1 })
    } catch {
      start.disabled = false
      status.textContent = 'Le micro n’est pas disponible. Vous pouvez choisir un fichier son à la place.'
      return
    }
    warned = false
    stop.disabled = false
    stop.focus()
    status.textContent = 'Enregistrement en cours… Appuyez sur « Arrêter » pour finir.'
    // The running time is shown but not announced: a screen reader would repeat it every second.
    ticking = window.setInterval(tick, 500)
  })

  stop.addEventListener('click', () => void finish('Enregistrement terminé.'))
}
