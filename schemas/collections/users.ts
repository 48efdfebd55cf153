import type { CollectionSchema } from '../collection'
import { slugs } from '../slugs'
import { staffRoles } from '../vocabularies'

export const usersSchema: CollectionSchema = {
  slug: slugs.users,
  labels: { singular: 'Membre de l’équipe', plural: 'Équipe' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'houses'], group: 'Administration' },
  fields: [
    { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      label: 'Rôle',
      required: true,
      defaultValue: 'editor',
      options: staffRoles.options(),
    },
    {
      name: 'houses',
      type: 'relationship',
      relationTo: slugs.houses,
      hasMany: true,
      label: 'Maisons',
      admin: { description: 'Maisons pour lesquelles cette personne édite.' },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role !== 'editor' || (Array.isArray(value) && value.length > 0)
          ? true
          : 'Un·e éditeur·rice doit appartenir à au moins une maison.',
    },
    {
      // Checked, then dropped, before anything is saved (cms/auth/requireCurrentPassword.ts).
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: 'Mot de passe actuel',
      admin: {
        description: 'Nécessaire pour changer votre e-mail ou votre mot de passe.',
        // Payload's own password input: the current password never shows in clear on screen.
        components: { Field: '@payloadcms/ui#PasswordField' },
        condition: (data: { id?: unknown }, _siblingData: unknown, { user }: { user?: { id?: unknown } | null }) =>
          Boolean(user && data.id === user.id),
      },
    },
  ],
}
