/** The ratio sign (U+2236): looks like a colon, and is what a colon between two numbers means. */
const RATIO = '\u2236'

/**
 * `message` written so that the admin's error toast shows it whole. Payload's toast (its
 * `FieldErrorsToast`, @payloadcms/ui 3.90) reads any message as « intro: field, field, … »: it cuts
 * at the first colon and then at every comma, and lists the pieces as if each were an invalid
 * field (« … (2): • recadrez-le… • entre 1400 et 3000 px »). A message without a colon is shown
 * as it is, so a colon between two clauses (« … px) : recadrez-le … ») ends the sentence there and
 * the next one starts with a capital, and a colon between numbers (a ratio « 4,5 : 1 », a time)
 * becomes the ratio sign, which reads the same.
 */
export function wholeInToast(message: string): string {
  return message
    .replace(/(\d[\s\u00a0\u202f]*):(?=[\s\u00a0\u202f]*\d)/g, `$1${RATIO}`)
    .replace(/[\s\u00a0\u202f]*:[\s\u00a0\u202f]+(\S)/g, (_, next: string) => `. ${next.toLocaleUpperCase('fr-FR')}`)
    .replaceAll(':', RATIO)
}
