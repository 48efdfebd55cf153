import type { Access } from 'payload'

/** Public files and globals: everyone may read them. */
export const anyone: Access = () => true
