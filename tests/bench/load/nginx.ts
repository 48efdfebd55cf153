import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Where Debian's nginx package puts the server. */
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'

export type Nginx = {
  url: string
  root: string
  put: (name: string, bytes: Uint8Array) => string
  stop: () => Promise<void>
}

/** Whether the reference server is installed; the message says how to get it when it is not. */
export function nginxMissing(): string | undefined {
  return existsSync(NGINX) ? undefined : `nginx is not installed (${NGINX}): apt-get install nginx, or set NGINX_PATH.`
}

/**
 * nginx serving a temporary folder on loopback `port` with its usual static-file settings
 * (sendfile, keep-alive, worker_processes auto as Debian ships it), in the foreground, logging
 * nothing: the reference the site's answers are compared with on the same bytes.
 *
 * Without `tcp_nopush`, which Debian's default configuration turns on: with it, every answer of
 * 65,000 to 100,000 bytes waited about 40 ms on loopback before its last packet left (random
 * 64 KiB ranges of an episode: 257 answers/s at 10 connections with it, 5,437 without, p50 43.9
 * against 1.0 ms, Node's http client); 60,000 and 131,072 bytes did not wait. A reference slowed
 * by its own setting would flatter the site.
 */
export async function startNginx(port: number): Promise<Nginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'coope-nginx-'))
  const root = path.join(dir, 'www')
  mkdirSync(root)
  // nginx's workers run as nobody: they must be able to read the files.
  chmodSync(dir, 0o755)
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    `worker_processes auto;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush off;
  keepalive_requests 1000000;
  types { text/html html; application/rss+xml xml; text/calendar ics; audio/mpeg mp3; }
  default_type application/octet-stream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    # A page's brotli bytes, sent as they are (as gzip_static would send a .gz).
    location ~ \\.br$ { types { } default_type text/html; add_header Content-Encoding br; }
  }
}
`,
  )
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] })
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start (${child.exitCode}); see ${dir}/error.log`)
    try {
      await fetch(url)
      break
    } catch {
      if (attempt > 100) throw new Error('nginx did not answer within 5 s')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return {
    url,
    root,
    put: (name, bytes) => {
      writeFileSync(path.join(root, name), bytes)
      chmodSync(path.join(root, name), 0o644)
      return `${url}/${name}`
    },
    stop: async () => {
      child.kill('SIGQUIT')
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
