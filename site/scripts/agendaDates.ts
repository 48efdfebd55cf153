/**
 * Progressive enhancement of the agenda's filter form: « Au » may not come before « Du », as
 * « Du » changes. The browser then refuses a reversed range before sending it, in the visitor's
 * language; without this script the server keeps « Du » and drops « Au » (`readFilters`,
 * site/lib/agendaFilters.ts). The minimum is the one the page gives (today) while « Du » is empty
 * or earlier.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form.filters')) {
  const from = form.querySelector<HTMLInputElement>('input[name="du"]')
  const to = form.querySelector<HTMLInputElement>('input[name="au"]')
  if (!from || !to) continue
  const earliest = to.min
  const follow = () => {
    to.min = from.value > earliest ? from.value : earliest
  }
  from.addEventListener('input', follow)
  follow()
}
