import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Runs a file check only for the operation that receives the file: creating or updating a document
 * of this collection. A request that uploads a file also reads other collections with the same
 * request (populating a sound's houses reads their logos from Images), and those reads must not
 * check the sound against the rules for images.
 */
export const onUpload =
  (hook: CollectionBeforeOperationHook): CollectionBeforeOperationHook =>
  (args) =>
    args.operation === 'create' || args.operation === 'update' ? hook(args) : args.args
