// A real Learning Record Store for the tests: Learning Locker's statement service (the npm package
// `xapi-statements`, installed under test/lrs/, not a dependency of the library) run in memory on a
// free 127.0.0.1 port with a temporary storage directory, and a small proxy in front of it that
// the fault tests switch to "down" (connections refused), "slow", or a body-size limit (413, as the
// web server in front of a district's LRS answers; the statement service itself has none for
// JSON). Started and stopped by the
// test runner (web-test-runner.config.mjs), by process id; usable on its own:
//   node scripts/lrs.mjs [--port 8642]   prints the endpoint and runs until Ctrl-C
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lrsDir = join(root, 'test', 'lrs');
const serverIn = (dir) => join(dir, 'node_modules', 'xapi-statements', 'dist', 'index.js');

/**
 * The installed statement service: test/lrs/ here or, in a git worktree whose node_modules links
 * to the main checkout's, the main checkout's test/lrs/ (one install serves every worktree).
 */
function findServer() {
  const own = serverIn(lrsDir);
  if (existsSync(own)) return own;
  try {
    const shared = serverIn(join(dirname(realpathSync(join(root, 'node_modules'))), 'test', 'lrs'));
    if (existsSync(shared)) return shared;
  } catch {
    // no node_modules yet
  }
  return undefined;
}

/** Installs test/lrs/ (`npm ci`) when its LRS is missing. Returns false, with a reason printed, when it cannot. */
export function ensureLrsInstalled() {
  if (findServer()) return true;
  console.log("Installing the tests' Learning Record Store (test/lrs: xapi-statements)…");
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: lrsDir, stdio: 'inherit' });
  if (run.status !== 0 || !findServer()) {
    console.error('Could not install test/lrs (npm ci failed): the LRS tests will fail.');
    return false;
  }
  return true;
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForAbout(base, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the LRS exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/xAPI/about`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the LRS did not answer ${base}/xAPI/about within ${timeoutMs} ms`);
}

/** Starts one in-memory LRS (on `port`, or a free one). Resolves to `{ origin, endpoint, pid, stop() }`. */
export async function startLrs({ log = false, port: wanted } = {}) {
  if (!ensureLrsInstalled()) throw new Error('test/lrs is not installed');
  const port = wanted ?? (await freePort());
  const storage = mkdtempSync(join(tmpdir(), 'cr-lrs-'));
  const env = {
    ...process.env,
    EXPRESS_PORT: String(port),
    AUTH_REPO: 'test',
    MODELS_REPO: 'memory',
    STORAGE_REPO: 'local',
    EVENTS_REPO: 'test',
    FS_LOCAL_STORAGE_DIR: storage,
    EXPRESS_MORGAN_DIRECTORY: join(storage, 'access-logs'),
    WINSTON_CONSOLE_LEVEL: log ? 'info' : 'error',
    NODE_NO_WARNINGS: '1',
  };
  // The statement service reads a .env from its working directory: it runs in the temporary one.
  const child = spawn(process.execPath, ['-r', join(lrsDir, 'loopback.cjs'), '-r', join(lrsDir, 'monotonic-ids.cjs'), findServer()], {
    cwd: storage,
    env,
    stdio: ['ignore', log ? 'inherit' : 'ignore', log ? 'inherit' : 'pipe'],
  });
  // It logs every refused request (the fault tests make many): kept quiet, shown only if it fails to start.
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors = (errors + chunk).slice(-4000);
  });
  const origin = `http://127.0.0.1:${port}`;
  // Never outlives the process that started it.
  const orphan = () => child.exitCode === null && process.kill(child.pid, 'SIGTERM');
  process.once('exit', orphan);
  const stop = () =>
    new Promise((resolve) => {
      const done = () => {
        process.off('exit', orphan);
        rmSync(storage, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      process.kill(child.pid, 'SIGTERM');
    });
  try {
    await waitForAbout(origin, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${errors}`);
  }
  return { origin, endpoint: `${origin}/xAPI/`, pid: child.pid, stop };
}

/**
 * A proxy in front of an LRS whose behaviour a test sets: `up` (passes everything through),
 * `down` (stops listening: connections are refused, as when the LRS is unreachable), `slow`
 * (waits `delay` ms before passing each request on) and, in any mode, `limit` (answers 413 to a
 * request body over that many bytes, with CORS headers, as a well-configured web server in front
 * of an LRS does). Resolves to `{ endpoint, set({ mode, delay, limit }), stop() }`.
 */
export async function startProxy(target) {
  const port = await freePort();
  const upstream = new URL(target);
  let delay = 0;
  let limit = Infinity;
  const proxy = http.createServer((req, res) => {
    const size = Number(req.headers['content-length'] ?? 0);
    if (size > limit) {
      req.resume();
      res.writeHead(413, {
        'Access-Control-Allow-Origin': req.headers.origin ?? '*',
        'Access-Control-Allow-Credentials': 'true',
        'Content-Type': 'text/plain',
        Connection: 'close',
      });
      res.end(`Request body over ${limit} bytes`);
      return;
    }
    setTimeout(() => {
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(forward);
    }, delay);
  });
  const sockets = new Set();
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = () => new Promise((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  const close = () =>
    new Promise((resolve) => {
      if (!proxy.listening) return resolve();
      proxy.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  await listen();
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    async set({ mode = 'up', delay: ms = 0, limit: bytes = Infinity } = {}) {
      delay = mode === 'slow' ? ms : 0;
      limit = bytes;
      if (mode === 'down') await close();
      else if (!proxy.listening) await listen();
    },
    stop: close,
  };
}

/** What the tests use: the LRS, and the switchable proxy in front of it. */
export async function startTestLrs() {
  const main = await startLrs();
  const proxy = await startProxy(main.endpoint).catch(async (error) => {
    await main.stop();
    throw error;
  });
  return {
    endpoints: { endpoint: main.endpoint, proxy: proxy.endpoint },
    proxy,
    async stop() {
      await Promise.all([proxy.stop(), main.stop()]);
    },
  };
}

/**
 * A @web/test-runner plugin: the LRS starts when a test first asks for it (`executeServerCommand('lrs')`
 * gives `{ endpoint, proxy }`) and stops with the runner. `lrs-proxy` sets the proxy
 * (`{ mode, delay, limit }`); `lrs-count` counts the statements stored for a registration.
 */
export function lrsPlugin() {
  let started;
  const lrs = () => (started ??= startTestLrs());
  return {
    name: 'collab-rubrics-lrs',
    async serverStop() {
      if (started) await (await started).stop();
    },
    async executeCommand({ command, payload }) {
      if (command === 'lrs') return (await lrs()).endpoints;
      if (command === 'lrs-proxy') {
        await (await lrs()).proxy.set(payload ?? {});
        return true;
      }
      return undefined;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--port');
  const lrs = await startLrs({ log: true, ...(at > 0 ? { port: Number(process.argv[at + 1]) } : {}) });
  console.log(
    `LRS at ${lrs.endpoint} (pid ${lrs.pid}); any Authorization is accepted except "Basic missing_token" (401). Ctrl-C stops it.`,
  );
  process.on('SIGINT', () => void lrs.stop().then(() => process.exit(0)));
}
