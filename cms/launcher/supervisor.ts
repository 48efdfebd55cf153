import { RestartBackoff } from './backoff'
import { waitForHttp } from './ports'
import { type Service, startService, stopAll } from './processes'

/** A server the launcher runs: how to start it, where its output goes, and the address that says it is up. */
export type ServiceSpec = {
  name: string
  tool: string
  args: string[]
  env: NodeJS.ProcessEnv
  log: string
  /** Answers (below 500) once the server is up; asking it also starts the CMS's job runner. */
  readyUrl: string
}

/** How long a restarted server may take to answer before the launcher says so. */
const READY_TIMEOUT_MS = 120_000

/** "exit code 1" or "killed by SIGKILL": how a server ended, for the operator. */
const howItEnded = (service: Service, code: number) =>
  service.child.signalCode ? `killed by ${service.child.signalCode}` : `exit code ${code}`

/**
 * Runs one server and keeps it running. Until {@link Supervisor.keepRunning} is called (the hub is
 * starting) an exit is handed to `onFailedStart`, since a server that cannot start needs the
 * operator, not retries. From then on, a server that dies (a crash, `kill -9`) is started again
 * alone, after a delay from {@link RestartBackoff}, with one line on the console; the other server
 * keeps running meanwhile (the site serves its cached pages without the CMS). {@link Supervisor.stop}
 * ends it for good (Ctrl-C, SIGTERM).
 */
export class Supervisor {
  /** The server's current process: a new one after each restart. */
  current: Service
  private restarting = false
  private stopped = false
  private echo = false
  private startedAt = performance.now()
  private pending: { timer: NodeJS.Timeout; resolve: () => void } | undefined

  /**
   * @param say where the launcher's own lines go (the console)
   * @param onFailedStart called once with the exit code when the server ends before `keepRunning`
   */
  constructor(
    readonly spec: ServiceSpec,
    private readonly onFailedStart: (service: Service, code: number) => void,
    private readonly say: (line: string) => void = console.error,
    private readonly backoff = new RestartBackoff(),
  ) {
    this.current = this.launch()
  }

  /** From now on a death restarts the server, and its warnings and faults show on the console. */
  keepRunning(): void {
    this.restarting = true
    this.echo = true
    this.current.echo = true
  }

  /** Stops the server and everything it started, and any restart to come; resolves once it has ended. */
  async stop(graceMs?: number): Promise<void> {
    this.stopped = true
    if (this.pending) {
      clearTimeout(this.pending.timer)
      this.pending.resolve()
    }
    await stopAll([this.current], graceMs)
  }

  /** Starts the server's process; quiet on the console until `echo` is set, as during the hub's start. */
  private launch(): Service {
    const { name, tool, args, env, log } = this.spec
    const service = startService(name, tool, args, env, log)
    this.startedAt = performance.now()
    void service.exited.then((code) => this.ended(service, code))
    return service
  }

  private async ended(service: Service, code: number): Promise<void> {
    if (this.stopped || service !== this.current) return
    if (!this.restarting) return this.onFailedStart(service, code)
    const delay = this.backoff.delayAfter(performance.now() - this.startedAt)
    this.say(
      `The ${this.spec.name} server stopped unexpectedly (${howItEnded(service, code)}): restarting it in ${delay / 1000} s, the other server keeps running. Its log: ${this.spec.log}`,
    )
    // Whatever it started (tsx's worker, Next's) may outlive it and hold its port.
    await stopAll([service], 0)
    await new Promise<void>((resolve) => {
      this.pending = { timer: setTimeout(resolve, delay), resolve }
    })
    this.pending = undefined
    if (this.stopped) return
    const restarted = this.launch()
    this.current = restarted
    const alive = () =>
      !this.stopped && this.current === restarted && restarted.child.exitCode === null && !restarted.child.signalCode
    const answers = await waitForHttp(this.spec.readyUrl, READY_TIMEOUT_MS, alive)
    if (!alive()) return
    // Its start-up chatter stays in the log; from now on its warnings and faults show again.
    restarted.echo = this.echo
    this.say(
      answers
        ? `The ${this.spec.name} server is running again.`
        : `The ${this.spec.name} server was restarted but does not answer after ${READY_TIMEOUT_MS / 60_000} minutes: see its log, ${this.spec.log}`,
    )
  }
}
