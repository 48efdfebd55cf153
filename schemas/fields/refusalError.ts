/**
 * The admin component (`cms/components/RefusalError.tsx`) that shows a field's refusal under it
 * when a draft is saved too, for fields that a hook refuses with `fieldRefusal`: set it as the
 * field's `admin.components.Error`.
 */
export const refusalError = '/components/RefusalError#RefusalError'
