/**
 * The upload benchmark's client, run in its own process so its memory is not the server's: one
 * tus creation, then the whole file in one streamed PATCH. Prints a JSON line with the result.
 * Arguments: base URL, session cookie, submission id, requirement id, file path.
 */
import fs from 'node:fs';
import http from 'node:http';

const [base, cookie, submissionId, requirementId, file] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const size = fs.statSync(file).size;
const b64 = (s: string) => Buffer.from(s).toString('base64');

function request(method: string, url: string, headers: Record<string, string>, body?: fs.ReadStream) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        url,
        { method, headers: { ...headers, cookie, 'tus-resumable': '1.0.0' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      if (body) body.pipe(req);
      else req.end();
    },
  );
}

const created = await request('POST', `${base}/api/v1/uploads`, {
  'upload-length': String(size),
  'upload-metadata': [
    `submissionId ${b64(submissionId)}`,
    `requirementId ${b64(requirementId)}`,
    `filename ${b64('lesson-video.mp4')}`,
    `filetype ${b64('video/mp4')}`,
  ].join(','),
});
if (created.status !== 201) throw new Error(`creation failed: ${created.status} ${created.body}`);
const t0 = performance.now();
const done = await request(
  'PATCH',
  new URL(created.headers.location!, base).href,
  {
    'upload-offset': '0',
    'content-type': 'application/offset+octet-stream',
    'content-length': String(size),
  },
  fs.createReadStream(file, { highWaterMark: 1024 * 1024 }),
);
const ms = performance.now() - t0;
if (done.status !== 200) throw new Error(`upload failed: ${done.status} ${done.body}`);
process.stdout.write(`${JSON.stringify({ ms, artifactId: done.headers['upload-artifact-id'] })}\n`);
