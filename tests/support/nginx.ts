/**
 * Runs the nginx recipe in docs/deploy.md on a real nginx, for tests/build/hosting.test.ts. The
 * commands and the server blocks are read from the page itself, so the documented recipe is the tested
 * one; only the paths, the ports and the certificate are swapped for throwaway ones, and a test fails
 * if any of them is no longer in the page.
 *
 * nginx runs as one process in the foreground (`master_process off`, `daemon off`), on 127.0.0.1,
 * with every file it writes in a temporary folder, under `timeout`: stopped by the test, or after
 * five minutes at most even if the test process is killed, so no nginx is ever left behind.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The name the recipe serves, and the certificate is made for. */
const RECIPE_HOST = 'care.example.org';

/**
 * The nginx binary: NGINX_PATH when set (undefined if nothing is there), else on PATH, else Debian's
 * /usr/sbin/nginx; undefined when not installed.
 */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['NGINX_PATH']) return existsSync(env['NGINX_PATH']) ? env['NGINX_PATH'] : undefined;
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return onPath;
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined;
}

export interface NginxRecipe {
  /** The shell commands that turn dist/_headers and dist/_redirects into nginx lines. */
  commands: string[];
  /** The server blocks. */
  servers: string;
}

/** Where the recipe is documented, from the repository root. */
export const RECIPE_PAGE = 'docs/deploy.md';

/** The recipe under the page's "## nginx" heading: its `sh` block and its `nginx` block. */
export function deployRecipe(page: string): NginxRecipe {
  // Up to the next heading of level 2 (a `#` comment inside the nginx block is not one), or the end.
  const section = /^## nginx\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(page)?.[1];
  if (!section) throw new Error(`${RECIPE_PAGE} has no "## nginx" section: update tests/support/nginx.ts`);
  const block = (language: string) => {
    const found = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section)?.[1];
    if (!found) throw new Error(`${RECIPE_PAGE}'s nginx section has no \`\`\`${language} block`);
    return found;
  };
  return {
    commands: block('sh')
      .split('\n')
      .filter((line) => line.trim() !== ''),
    servers: block('nginx'),
  };
}

/** Swaps each [from, to] in `text`; a `from` the text does not hold means the recipe changed. */
function swap(text: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((result, [from, to]) => {
    if (!result.includes(from)) {
      throw new Error(`${RECIPE_PAGE}'s nginx recipe no longer contains "${from}": update tests/support/nginx.ts`);
    }
    return result.split(from).join(to);
  }, text);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at once:\n${await log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(true));
      socket.on('error', () => resolve(false));
      socket.on('connect', () => socket.end());
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not listen on ${port} within 15 s:\n${await log()}`);
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RunningNginx {
  /** A GET over https, as `host` (the recipe's name unless given), with the throwaway certificate trusted. */
  get(pathname: string, host?: string): Promise<Response>;
  /** A GET over plain http to the recipe's port-80 server. */
  getHttp(pathname: string, host?: string): Promise<Response>;
  stop(): Promise<void>;
}

function collect(response: http.IncomingMessage, resolve: (value: Response) => void): void {
  let body = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => (body += chunk));
  response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
}

/**
 * Starts nginx with the documented recipe, for the build in `projectDir/dist`: runs the recipe's
 * commands there, writes a whole nginx.conf around its server blocks, checks it (`nginx -t`) and
 * starts it. Throws with nginx's own words if the recipe does not load.
 */
export async function startNginx(binary: string, recipe: NginxRecipe, projectDir: string): Promise<RunningNginx> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'holding-space-nginx-'));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${RECIPE_HOST}`,
      '-addext',
      `subjectAltName=DNS:${RECIPE_HOST}`,
      '-keyout',
      path.join(tmp, 'key.pem'),
      '-out',
      path.join(tmp, 'cert.pem'),
    ],
    { stdio: 'pipe' },
  );
  const ca = await readFile(path.join(tmp, 'cert.pem'));

  for (const command of recipe.commands) {
    execFileSync('bash', ['-c', swap(command, [['/etc/nginx/snippets/', `${tmp}/`]])], {
      cwd: projectDir,
      stdio: 'pipe',
    });
  }
  const servers = swap(recipe.servers, [
    ['/var/www/holding-space/dist', path.join(projectDir, 'dist')],
    ['/etc/nginx/snippets/', `${tmp}/`],
    [`/etc/letsencrypt/live/${RECIPE_HOST}/fullchain.pem`, path.join(tmp, 'cert.pem')],
    [`/etc/letsencrypt/live/${RECIPE_HOST}/privkey.pem`, path.join(tmp, 'key.pem')],
    // IPv6 may be off on a test machine; the test speaks IPv4 to 127.0.0.1 only.
    ['listen [::]:80;', ''],
    ['listen [::]:443 ssl;', ''],
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    ['listen 443 ssl;', `listen 127.0.0.1:${httpsPort} ssl;`],
  ]);
  const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find((file) => existsSync(file));
  const errorLog = path.join(tmp, 'error.log');
  const conf = path.join(tmp, 'nginx.conf');
  await writeFile(
    conf,
    `# Written by tests/support/nginx.ts around the server blocks of docs/deploy.md.
daemon off;
master_process off;
pid ${tmp}/nginx.pid;
error_log ${errorLog} warn;
events { worker_connections 64; }
http {
    ${mimeTypes ? `include ${mimeTypes};` : 'types { text/html html; text/css css; text/javascript js; }'}
    default_type application/octet-stream;
    access_log ${tmp}/access.log;
    client_body_temp_path ${tmp}/client_body;
    proxy_temp_path ${tmp}/proxy;
    fastcgi_temp_path ${tmp}/fastcgi;
    uwsgi_temp_path ${tmp}/uwsgi;
    scgi_temp_path ${tmp}/scgi;
${servers}
}
`,
  );
  const args = ['-p', `${tmp}/`, '-c', conf, '-e', errorLog];
  const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0)
    throw new Error(`nginx refuses the recipe in ${RECIPE_PAGE}:\n${check.stderr}${check.stdout}`);

  // `timeout` ends nginx after five minutes even if this process dies without stopping it; in the
  // foreground, so nginx stays in this process group and goes with it when the group is stopped.
  const child = spawn('timeout', ['--foreground', '--kill-after=5', '300', binary, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const log = async () => `${output}${await readFile(errorLog, 'utf8').catch(() => '')}`;

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(forced);
    }
    await rm(tmp, { recursive: true, force: true });
  };

  try {
    await waitForPort(httpsPort, child, log);
    await waitForPort(httpPort, child, log);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    get: (pathname, host = RECIPE_HOST) =>
      new Promise((resolve, reject) => {
        https
          .get(
            {
              host: '127.0.0.1',
              port: httpsPort,
              path: pathname,
              headers: { Host: host },
              ca,
              servername: RECIPE_HOST,
            },
            (response) => collect(response, resolve),
          )
          .on('error', reject);
      }),
    getHttp: (pathname, host = RECIPE_HOST) =>
      new Promise((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port: httpPort, path: pathname, headers: { Host: host } }, (response) =>
            collect(response, resolve),
          )
          .on('error', reject);
      }),
    stop,
  };
}
