import type { CollectionConfig, Field } from 'payload'

import { usersSchema } from '../../../schemas/collections/users'
import { adminOnly, adminOnlyField } from '../../access/adminOnly'
import { adminOrSelf } from '../../access/self'
import { cmsEnv } from '../../env'

/** Only an admin grants a role or a house: nobody raises their own rights. */
const fields: Field[] = usersSchema.fields.map((field) =>
  'name' in field && (field.name === 'role' || field.name === 'houses')
    ? ({ ...field, access: { create: adminOnlyField, update: adminOnlyField } } as Field)
    : field,
)

export const Users: CollectionConfig = {
  ...usersSchema,
  fields,
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: cmsEnv().CMS_URL.startsWith('https://') },
  },
  access: { create: adminOnly, read: adminOrSelf, update: adminOrSelf, delete: adminOnly },
}
