import { slugField } from './slug'

/** The fields of a term of a list (theme, neighbourhood): its name, its address and what it covers. */
export const namedTerm = (description: string) => [
  { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 80 } as const,
  slugField(),
  { name: 'description', type: 'textarea', label: 'Description', admin: { description } } as const,
]
