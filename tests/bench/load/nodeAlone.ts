import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { root as projectRoot } from '../../helpers/run'
import { offLoadCore } from './cores'

/** Node alone on a folder (nodeAloneProcess.ts): the address of a file's bytes from memory. */
export type NodeAlone = {
  /** The file's bytes from memory, by a bare `node:http` server. */
  memory: (name: string) => string
  stop: () => Promise<void>
}

/**
 * Starts tests/bench/load/nodeAloneProcess.ts in its own process (as the site runs in its own), off
 * the load generator's core as the site is while measured (cores.ts), serving `folder`, and
 * resolves once it listens.
 * @throws Error when the process ends before it says its port, or says something else first
 */
export async function startNodeAlone(folder: string): Promise<NodeAlone> {
  const child = spawn(
    ...offLoadCore(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [
      path.join(projectRoot, 'tests', 'bench', 'load', 'nodeAloneProcess.ts'),
      folder,
    ]),
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      const said = Number(/^\{"port":(\d+)\}$/.exec(line)?.[1])
      if (said) resolve(said)
      else {
        child.kill('SIGTERM')
        reject(new Error(`The Node-alone reference server said ${line} instead of its port`))
      }
    })
    void exited.then(() => reject(new Error('The Node-alone reference server exited before listening')))
  })
  const url = `http://127.0.0.1:${port}`
  return {
    memory: (name) => `${url}/memory/${name}`,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}
