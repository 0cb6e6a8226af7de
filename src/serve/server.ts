/**
 * The preview server of `dateline serve`: the published site as a static
 * host serves it (folders serve their index.html, the site's 404 page for
 * what is not there), under the site's path prefix, with a live-reload
 * script added to each HTML page as it is sent. The script listens for
 * Server-Sent Events and reloads the page after a rebuild; the files on
 * disk never hold it.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';

/** Address of the event stream that tells the pages to reload. */
export const RELOAD_PATH = '/__dateline/reload';

/** The script a served page gets: it reloads the page when the server says the site was rebuilt. */
export const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(RELOAD_PATH)}).addEventListener("reload",()=>location.reload());</script>`;

/** Content types of the files a Dateline site holds; anything else is sent as bytes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** What is shown while the first build runs; it reloads itself when the site is there. */
const BUILDING_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Building…</title><p>The site is being built; this page reloads when it is ready.</p>${RELOAD_SCRIPT}</html>`;

export interface PreviewServer {
  /** The site's address, prefix included. */
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** Starts serving `outDir` on localhost; rejects when the port cannot be had. */
export async function startPreviewServer(outDir: string, options: { port: number; prefix: string }): Promise<PreviewServer> {
  const root = path.resolve(outDir);
  const streams = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === RELOAD_PATH) return openStream(req, res, streams);
    respond(root, options.prefix, url.pathname, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, 'localhost', () => resolve());
  });
  return {
    url: `http://localhost:${options.port}${options.prefix}`,
    reload: () => {
      for (const s of streams) s.write('event: reload\ndata: \n\n');
    },
    close: () => {
      for (const s of streams) s.end();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Keeps a page's event stream open until the page goes. */
function openStream(req: IncomingMessage, res: ServerResponse, streams: Set<ServerResponse>): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write('retry: 1000\n\n');
  streams.add(res);
  req.on('close', () => streams.delete(res));
}

/** Serves one path of the site, as a static host would. */
async function respond(root: string, prefix: string, pathname: string, res: ServerResponse): Promise<void> {
  if (!pathname.startsWith(prefix)) {
    if (pathname === '/' || `${pathname}/` === prefix) return void res.writeHead(302, { location: prefix }).end();
    return sendNotFound(root, res);
  }
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return void res.writeHead(400).end();
  }
  const file = path.join(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return void res.writeHead(403).end();
  const found = await stat(file).catch(() => null);
  if (found?.isDirectory()) {
    if (!pathname.endsWith('/')) return void res.writeHead(301, { location: `${pathname}/` }).end();
    return sendFile(path.join(file, 'index.html'), 200, root, res);
  }
  if (!found) return sendNotFound(root, res);
  return sendFile(file, 200, root, res);
}

async function sendNotFound(root: string, res: ServerResponse): Promise<void> {
  const site = await stat(root).catch(() => null);
  if (!site) return void res.writeHead(503, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(BUILDING_PAGE);
  return sendFile(path.join(root, '404.html'), 404, root, res);
}

/** Sends a file: an HTML page with the reload script added, anything else as it is. */
async function sendFile(file: string, status: number, root: string, res: ServerResponse): Promise<void> {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  if (type.startsWith('text/html')) {
    const html = await readFile(file, 'utf8').catch(() => null);
    if (html === null) return status === 404 ? void res.writeHead(404).end() : sendNotFound(root, res);
    const i = html.lastIndexOf('</body>');
    const page = i < 0 ? html + RELOAD_SCRIPT : html.slice(0, i) + RELOAD_SCRIPT + html.slice(i);
    return void res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(page);
  }
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  createReadStream(file).on('error', () => res.end()).pipe(res);
}
