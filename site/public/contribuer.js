// The contribution form works without this file. With it: a recording can be made in the page
// (when the browser has a microphone and MediaRecorder), and the error summary takes the focus.
;(() => {
  const summary = document.getElementById('erreurs')
  if (summary) summary.focus()

  const recorder = document.getElementById('enregistreur')
  const input = document.getElementById('champ-audio')
  if (!recorder || !input || !window.MediaRecorder || !navigator.mediaDevices?.getUserMedia || !window.DataTransfer)
    return
  const start = recorder.querySelector('[data-record="start"]')
  const stop = recorder.querySelector('[data-record="stop"]')
  const status = recorder.querySelector('[data-record="status"]')
  const preview = recorder.querySelector('[data-record="preview"]')
  recorder.hidden = false

  const extensionOf = (type) => (type.includes('mp4') ? 'm4a' : type.includes('ogg') ? 'ogg' : 'webm')
  let media
  let chunks = []

  start.addEventListener('click', async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
      media = new MediaRecorder(stream)
    } catch {
      status.textContent = 'Le micro n’est pas disponible. Vous pouvez choisir un fichier son à la place.'
      return
    }
    chunks = []
    media.addEventListener('dataavailable', (event) => chunks.push(event.data))
    media.addEventListener('stop', () => {
      media.stream.getTracks().forEach((track) => track.stop())
      const type = (media.mimeType || 'audio/webm').split(';')[0]
      const file = new File(chunks, `enregistrement.${extensionOf(type)}`, { type })
      const transfer = new DataTransfer()
      transfer.items.add(file)
      input.files = transfer.files
      preview.src = URL.createObjectURL(file)
      preview.hidden = false
      status.textContent =
        'Enregistrement terminé : il sera envoyé avec le formulaire. Vous pouvez l’écouter ci-dessous.'
      start.disabled = false
      stop.disabled = true
      start.focus()
    })
    media.start()
    start.disabled = true
    stop.disabled = false
    stop.focus()
    status.textContent = 'Enregistrement en cours… Appuyez sur « Arrêter » pour finir.'
  })
  stop.addEventListener('click', () => media?.state === 'recording' && media.stop())
})()
