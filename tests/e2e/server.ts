import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A tiny static server on 127.0.0.1 for end-to-end tests. Serves our own fixtures at `/`,
 * the shared labelled fixtures at `/shared/` (when that folder exists), and whatever ad-hoc
 * pages or handlers a test registers. Nothing here ever listens beyond loopback.
 */

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const FIXTURES_DIR = join(REPO, 'tests', 'fixtures');
export const SHARED_FIXTURES_DIR = resolve(REPO, '..', 'shared', 'fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  baseUrl: string;
  port: number;
  /** The same server reached through another loopback hostname, e.g. urlFor('localhost', '/a.html'). */
  urlFor(host: string, path?: string): string;
  /**
   * Serve `path` (exact, without query) from a string of HTML or a handler. Registered routes win
   * over files. Returns a function that removes the route.
   */
  route(path: string, body: string | RouteHandler, contentType?: string): () => void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** URL prefix → directory. Defaults to `/` → tests/fixtures and `/shared/` → ../shared/fixtures. */
  roots?: Record<string, string>;
}

function defaultRoots(): Record<string, string> {
  const roots: Record<string, string> = { '/': FIXTURES_DIR };
  if (existsSync(SHARED_FIXTURES_DIR)) roots['/shared/'] = SHARED_FIXTURES_DIR;
  return roots;
}

/** Resolves `urlPath` under one of the roots, refusing anything that escapes its root. */
function fileFor(urlPath: string, roots: Record<string, string>): string | null {
  // Longest prefix first, so "/shared/" wins over "/".
  const prefixes = Object.keys(roots).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    if (!urlPath.startsWith(prefix)) continue;
    const root = resolve(roots[prefix]!);
    const rel = normalize(decodeURIComponent(urlPath.slice(prefix.length)));
    const file = resolve(root, rel);
    if (file !== root && !file.startsWith(root + sep)) return null;
    return file;
  }
  return null;
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const roots = options.roots ?? defaultRoots();
  const routes = new Map<string, RouteHandler>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const handler = routes.get(path);
    if (handler) return handler(req, res);

    let file = fileFor(path, roots);
    if (file && path.endsWith('/')) file = join(file, 'index.html');
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    port,
    urlFor: (host, path = '/') => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    route(path, body, contentType = 'text/html; charset=utf-8') {
      const handler: RouteHandler =
        typeof body === 'string'
          ? (_req, res) => {
              res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
              res.end(body);
            }
          : body;
      routes.set(path, handler);
      return () => {
        if (routes.get(path) === handler) routes.delete(path);
      };
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
