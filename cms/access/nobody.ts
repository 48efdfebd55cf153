import type { Access, FieldAccess } from 'payload'

/** No one, whatever their role: for records only the server's own code reads and writes. */
export const nobody: Access = () => false
export const nobodyField: FieldAccess = () => false
