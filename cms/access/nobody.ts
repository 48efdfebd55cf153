import type { Access } from 'payload'

/** No one, whatever their role: for records only the server's own code reads and writes. */
export const nobody: Access = () => false
