import type { Block, Field, Tab } from 'payload'

/**
 * `fields` with `change` applied to every field that holds no other fields, however deep: the
 * fields of arrays, groups, rows, collapsibles, tabs and blocks are walked, the containers kept.
 * The field steps (`cms/fieldSteps.ts`) share it, so a new kind of container is walked by all of
 * them.
 */
export function mapFields(fields: Field[], change: (field: Field) => Field): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'array':
      case 'collapsible':
      case 'group':
      case 'row':
        return { ...field, fields: mapFields(field.fields, change) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab): Tab => ({ ...tab, fields: mapFields(tab.fields, change) })) }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block): Block => ({ ...block, fields: mapFields(block.fields, change) })),
        }
      default:
        return change(field)
    }
  })
}
