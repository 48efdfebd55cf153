import type { CollectionConfig } from 'payload'

import { loginAttemptsSchema } from '../../../schemas/collections/loginAttempts'
import { nobody } from '../../access/nobody'

/** Only the server's own code reads and writes the counters: no role reaches them through the API. */
export const LoginAttempts: CollectionConfig = {
  ...loginAttemptsSchema,
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
}
