import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BalancerOptions {
  /** Folder for the balancer's config, pid file and temporary files (under DATA_DIR). */
  dir: string;
  /** The port clients connect to. */
  port: number;
  /** The replicas' ports on 127.0.0.1. */
  replicas: number[];
}

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'];

/** Debian's nginx, installed with apt-get when missing (never run as the system service). */
export function nginxBinary(install = true): string {
  const found = NGINX.find((path) => existsSync(path));
  if (found) return found;
  if (!install) throw new Error('nginx is not installed: apt-get install -y nginx-light');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], { stdio: 'inherit', env });
  const installed = NGINX.find((path) => existsSync(path));
  if (!installed) throw new Error('apt-get did not install nginx');
  return installed;
}

/**
 * nginx in front of the replicas: round robin, a replica that refuses or drops a connection is
 * skipped for 5 s (passive health check) and the request goes to the next one, WebSocket
 * upgrades pass through, and every request carries an X-Request-Id (the client's if it sent
 * one, else nginx's) that the replica logs on each line. /metrics stays on the replicas.
 */
export function writeBalancerConfig({ dir, port, replicas }: BalancerOptions): string {
  for (const sub of ['', 'client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, 'tmp', sub), { recursive: true });
  const upstreams = replicas.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n');
  const config = `# Written by the cluster start-up; edits are overwritten.
worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'tmp', 'client')};
  proxy_temp_path ${join(dir, 'tmp', 'proxy')};
  fastcgi_temp_path ${join(dir, 'tmp', 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'tmp', 'uwsgi')};
  scgi_temp_path ${join(dir, 'tmp', 'scgi')};
  map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
  map $http_x_request_id $ix_request_id { default $http_x_request_id; '' $request_id; }
  upstream idea_exchange {
${upstreams}
    keepalive 64;
  }
  server {
    listen ${port};
    client_max_body_size 2m;
    location = /metrics { return 404; }
    location / {
      proxy_pass http://idea_exchange;
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $ix_request_id;
      proxy_next_upstream error timeout http_502;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 3600s;
    }
  }
}
`;
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, config);
  return file;
}
