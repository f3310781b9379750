import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from './self-signed.js';

/**
 * A local web server standing in for another issuer's site: it serves the JSON documents a test
 * puts in `documents` (by path), and never answers paths listed in `hang` — for key URLs that time
 * out. Over plain http, or https with a self-signed certificate made here (`ca` is its PEM).
 */
export type KeyServer = {
  origin: string;
  port: number;
  documents: Map<string, object>;
  hang: Set<string>;
  /** How many requests reached the server, by path. */
  hits: Map<string, number>;
  /** The certificate to trust (https only). */
  ca?: string;
  close: () => Promise<void>;
};

export async function startKeyServer(options: { https?: boolean } = {}): Promise<KeyServer> {
  const documents = new Map<string, object>();
  const hang = new Set<string>();
  const hits = new Map<string, number>();
  const pending = new Set<http.ServerResponse>();
  const handler: http.RequestListener = (req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(p, (hits.get(p) ?? 0) + 1);
    if (hang.has(p)) {
      pending.add(res);
      return;
    }
    const doc = documents.get(p);
    if (!doc) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
  };
  const tls = options.https ? selfSignedCertificate('127.0.0.1') : undefined;
  if (options.https && !tls) throw new Error('an https key server needs the openssl command');
  const server = tls
    ? https.createServer({ key: tls.key, cert: tls.cert }, handler)
    : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    documents,
    hang,
    hits,
    ...(tls ? { ca: tls.cert } : {}),
    close: async () => {
      for (const res of pending) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
