/**
 * A minimal static file server for the built site, as a static host (GitHub Pages) serves it: `dir/` →
 * `dir/index.html`, unknown paths → 404.html with status 404, everything mounted under `base`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  /** Absolute URL of a site path such as `papers/pcl/` (base applied). */
  url(path?: string): string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (pathname.startsWith(prefix) || `${pathname}/` === prefix) {
      const relative = normalize(pathname.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(root, relative);
      if (candidate.startsWith(root)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as static hosts do (GitHub Pages serves gzip), so page weights are measured realistically.
    if (/gzip/.test(String(request.headers['accept-encoding'])) && /text|json|xml|javascript|svg/.test(type)) {
      const body = gzipSync(readFileSync(file));
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Cache-Control': 'no-store',
        Vary: 'Accept-Encoding',
      });
      response.end(body);
      return;
    }
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = '') => `${origin}${prefix}${path.replace(/^\//, '')}`,
    // Browsers keep connections alive; close them too, or close() waits until the browser is gone.
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
