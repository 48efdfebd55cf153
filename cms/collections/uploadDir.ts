import path from 'node:path'

import { readCmsEnv } from '../env'

/** Uploads live under MEDIA_DIR (absolute, from the environment), one folder per collection. */
export const uploadDir = (collection: string): string => path.join(readCmsEnv().MEDIA_DIR, collection)
