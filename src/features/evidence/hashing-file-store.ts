import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStore } from '@tus/file-store';
import { ERRORS } from '@tus/server';

/** Bytes gathered while one write is on disk; written together next (fewer, larger writes). */
const WRITE_BUFFER = 8 * 1024 * 1024;

/**
 * tus's file store, hashing each upload's bytes as they arrive, so a finished upload is stored by
 * its SHA-256 without reading a 2 GB video back from disk. The running hash lives in memory: after
 * a restart, or when a write ends in an error, `sha256Of` answers undefined and the caller reads the
 * file instead.
 */
export class HashingFileStore extends FileStore {
  private readonly hashes = new Map<string, { hash: Hash; offset: number }>();

  /** Appends what arrives at `offset`; returns the new offset (what was written, if the client stopped). */
  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    const running = this.hashes.get(id);
    this.hashes.delete(id);
    const known =
      running?.offset === offset
        ? running
        : offset === 0
          ? { hash: createHash('sha256'), offset }
          : undefined;
    let seen = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        known?.hash.update(chunk);
        seen += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(
        readable,
        tap,
        fs.createWriteStream(path.join(this.directory, id), {
          flags: 'r+',
          start: offset,
          highWaterMark: WRITE_BUFFER,
        }),
      );
    } catch {
      // The running hash is dropped: the file is read again when it completes.
      throw ERRORS.FILE_WRITE_ERROR;
    }
    if (known) this.hashes.set(id, { hash: known.hash, offset: offset + seen });
    return offset + seen;
  }

  /** The SHA-256 of an upload's first `size` bytes, if every one of them was hashed on the way in. */
  sha256Of(id: string, size: number): string | undefined {
    const known = this.hashes.get(id);
    this.hashes.delete(id);
    return known && known.offset === size ? known.hash.digest('hex') : undefined;
  }

  /** Forgets an upload's running hash (cancelled or expired). */
  forget(id: string) {
    this.hashes.delete(id);
  }

  override async remove(id: string) {
    this.forget(id);
    return super.remove(id);
  }
}
