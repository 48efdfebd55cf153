/**
 * In the admin's live preview pane, reloads the previewed page each time the document is saved:
 * the page is rendered on the server from the saved draft, so a reload is how it follows the form.
 * Speaks Payload's live preview messages: `{ type: 'payload-live-preview', ready: true }` to the
 * admin once loaded, then `{ type: 'payload-document-event' }` from it after each save.
 */
const banner = document.querySelector<HTMLElement>('[data-preview-from]')
const cmsOrigin = banner?.dataset.previewFrom
if (cmsOrigin && window.parent !== window) {
  window.parent.postMessage({ type: 'payload-live-preview', ready: true }, cmsOrigin)
  window.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.origin === cmsOrigin && event.data?.type === 'payload-document-event') window.location.reload()
  })
}
