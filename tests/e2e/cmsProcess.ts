import { serverBundles } from '../../cms/launcher/build'
import { processes } from '../helpers/procfs'
import { hub } from './hub'

/**
 * The process group of the shared hub's CMS server: the launcher starts Node on the CMS's bundle
 * (serverBundles) in a group of its own, so signalling the group reaches all it runs. Found in
 * /proc by its command line and its CMS_PORT, so another checkout's hub on this machine is never
 * touched.
 * @throws Error when no such process runs
 */
export function cmsProcessGroup(): number {
  const port = `CMS_PORT=${hub.env.CMS_PORT}`
  const found = processes().find(
    (entry) => entry.cmdline.includes(serverBundles.cms) && entry.file('environ').split('\0').includes(port),
  )
  if (!found) throw new Error(`No CMS server process with ${port} was found.`)
  return found.group
}
