import { emailConfigured, type EmailEnv } from './adapter'

/**
 * One line for the operator (English) saying whether the hub can send e-mail.
 *
 * @param env the environment (only SMTP_URL and EMAIL_FROM are read); the password in SMTP_URL is never shown
 * @returns e.g. "E-mail: off (SMTP_URL is not set): password reset and contributor e-mails are disabled."
 */
export function emailStatusLine(env: EmailEnv): string {
  const missing =
    !env.SMTP_URL || !URL.canParse(env.SMTP_URL) ? 'SMTP_URL' : !emailConfigured(env) ? 'EMAIL_FROM' : null
  if (missing || !env.SMTP_URL)
    return `E-mail: off (${missing ?? 'SMTP_URL'} is not set): password reset and contributor e-mails are disabled.`
  const server = new URL(env.SMTP_URL)
  return `E-mail: on, sent from ${env.EMAIL_FROM} through ${server.protocol}//${server.host}.`
}
