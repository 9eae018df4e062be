/**
 * gzip at build time with zopfli: about 4% smaller than zlib's best level on our packs, and a plain
 * gzip stream that Utilities.ungzip reads like any other. Zopfli is slow (about a second and a half
 * for every pack of both add-ons), so each stream is kept under build/.cache by a hash of its input,
 * and a build recompresses only the packs whose text changed. The output depends only on the input,
 * the options and the zopfli version, which is what the cache is keyed by.
 */
import { gzipAsync } from '@gfx/zopfli';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** 15 iterations: 50 would save 0 to 25 bytes a pack and take about three times as long. */
export const ZOPFLI_OPTIONS = { numiterations: 15 } as const;

const ZOPFLI_VERSION = (
  JSON.parse(readFileSync(require.resolve('@gfx/zopfli/package.json'), 'utf8')) as { version: string }
).version;

/** What a cached stream depends on besides its input. */
const CACHE_KEY = `@gfx/zopfli ${ZOPFLI_VERSION} ${JSON.stringify(ZOPFLI_OPTIONS)}`;

/** The gzip stream of `data` (no file name, no timestamp: the same data, the same bytes). */
export async function zopfliGzip(data: Uint8Array, cacheDir?: string): Promise<Buffer> {
  if (cacheDir === undefined) return Buffer.from(await gzipAsync(data, ZOPFLI_OPTIONS));
  const file = join(cacheDir, `${createHash('sha256').update(CACHE_KEY).update(data).digest('hex')}.gz`);
  const cached = readIfIntact(file, data);
  if (cached) return cached;
  const gzipped = Buffer.from(await gzipAsync(data, ZOPFLI_OPTIONS));
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so a build stopped half way leaves no partial stream behind.
  const partial = `${file}.${process.pid.toString()}.tmp`;
  writeFileSync(partial, gzipped);
  renameSync(partial, file);
  return gzipped;
}

/** A cached stream, only when it still inflates to exactly `data` (anything else is recompressed). */
function readIfIntact(file: string, data: Uint8Array): Buffer | null {
  if (!existsSync(file)) return null;
  try {
    const gzipped = readFileSync(file);
    return gunzipSync(gzipped).equals(data) ? gzipped : null;
  } catch {
    return null;
  }
}
