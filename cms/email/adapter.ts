import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/** The sender's name staff and residents see in their inbox. */
export const SENDER_NAME = 'La Coopé'

/** The two settings e-mail needs; the whole process environment will do. */
export type EmailEnv = { SMTP_URL?: string; EMAIL_FROM?: string } & Record<string, unknown>

/**
 * Payload's e-mail adapter over nodemailer, sending through `SMTP_URL` (smtp:// or smtps://,
 * credentials in the URL) from `EMAIL_FROM`; undefined when SMTP_URL is unset: then nothing is sent
 * and the hub says so. The connection is opened at the first message, so a mail server that is down
 * does not stop the CMS. (`@payloadcms/email-nodemailer` exists only up to 3.90.1, which Payload
 * 3.90.2 refuses to load beside it: this is the same adapter, on nodemailer itself.)
 */
export function emailAdapter(env: EmailEnv): EmailAdapter | undefined {
  const { SMTP_URL, EMAIL_FROM } = env
  if (!SMTP_URL || !EMAIL_FROM) return undefined
  const transport = nodemailer.createTransport(SMTP_URL)
  return () => ({
    name: 'nodemailer',
    defaultFromAddress: EMAIL_FROM,
    defaultFromName: SENDER_NAME,
    sendEmail: (message) =>
      transport.sendMail({ ...message, from: message.from ?? { name: SENDER_NAME, address: EMAIL_FROM } }),
  })
}

/** Whether e-mail can leave: the adapter is configured. */
export const emailConfigured = (env: EmailEnv): boolean => Boolean(env.SMTP_URL && env.EMAIL_FROM)
