import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type StoredBlob = { sha256: string; size: number };

/** Where uploaded evidence lives. Content-addressed: the same bytes are stored once. */
export interface BlobStore {
  /** Streams `source` to storage; rejects with BlobTooLargeError past `maxBytes`. */
  put(source: Readable, maxBytes: number): Promise<StoredBlob>;
  /** The bytes, or those from `start` to `end` inclusive. */
  open(sha256: string, range?: { start: number; end: number }): Readable;
  exists(sha256: string): Promise<boolean>;
  /** Removes the bytes (callers check first that no record still points at them). */
  delete(sha256: string): Promise<void>;
  /** A folder on the same disk for files on their way in (`name` keeps uses apart). */
  stagingDir(name: string): string;
  /**
   * Takes a staged file into the store by renaming it (no copy); the staged path is gone after.
   * `sha256`, when the caller hashed the bytes as they arrived, saves reading them again.
   */
  adopt(stagedPath: string, sha256?: string): Promise<StoredBlob>;
}

export class BlobTooLargeError extends Error {}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Blobs on disk under `root`, as `ab/cd/abcd…` by SHA-256. */
export function diskBlobStore(root: string): BlobStore {
  const pathOf = (sha: string) => path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    async put(source, maxBytes) {
      const tmpDir = path.join(root, 'tmp');
      await fs.promises.mkdir(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > maxBytes) return done(new BlobTooLargeError(`over ${maxBytes} bytes`));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, meter, fs.createWriteStream(tmp));
      } catch (err) {
        await fs.promises.rm(tmp, { force: true });
        throw err;
      }
      const sha256 = hash.digest('hex');
      const final = pathOf(sha256);
      await fs.promises.mkdir(path.dirname(final), { recursive: true });
      await fs.promises.rename(tmp, final);
      return { sha256, size };
    },
    open: (sha256, range) => fs.createReadStream(pathOf(sha256), range),
    exists: async (sha256) =>
      fs.promises.access(pathOf(sha256)).then(
        () => true,
        () => false,
      ),
    delete: (sha256) => fs.promises.rm(pathOf(sha256), { force: true }),
    stagingDir: (name) => {
      const dir = path.join(root, 'staging', name);
      fs.mkdirSync(dir, { recursive: true });
      return dir;
    },
    async adopt(stagedPath, known) {
      const { size } = await fs.promises.stat(stagedPath);
      const sha256 = known ?? (await hashFile(stagedPath));
      const final = pathOf(sha256);
      await fs.promises.mkdir(path.dirname(final), { recursive: true });
      // The same bytes already stored: keep those, drop the copy.
      if (
        await fs.promises.access(final).then(
          () => true,
          () => false,
        )
      )
        await fs.promises.rm(stagedPath, { force: true });
      else await fs.promises.rename(stagedPath, final);
      return { sha256, size };
    },
  };
}
