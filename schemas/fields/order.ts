/** Position of an entry among its siblings in the goal tree (0 first). */
export const orderField = {
  name: 'order',
  type: 'number',
  label: 'Ordre',
  required: true,
  min: 0,
  admin: { position: 'sidebar' },
} as const
