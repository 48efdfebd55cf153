// The admin's toast parser is not among the exports of @payloadcms/ui: it is read from its file so
// that the tests check the very code that cuts the messages, not a copy of it.
import { createErrorsFromMessage } from '../../node_modules/@payloadcms/ui/dist/elements/Toasts/fieldErrors.js'

/**
 * What the admin's error toast shows for `message` (Payload's `FieldErrorsToast`): its intro and,
 * when it reads the message as a list of invalid fields, the items of that list.
 */
export const adminToast = (message: string): { message: string; errors?: string[] } =>
  createErrorsFromMessage(message) as { message: string; errors?: string[] }
