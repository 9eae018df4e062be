/**
 * Blob and the byte arrays Apps Script hands to scripts. Apps Script bytes are Java bytes: a plain
 * array of integers from -128 to 127 (signed), never a Uint8Array. Blobs are made by
 * Utilities.newBlob/gzip/ungzip (services.ts); every public method counts as `Blob.<method>`.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception } from './env';

/** Apps Script's Byte[]: signed, -128..127. */
export type Bytes = number[];

/** The signed byte array Apps Script returns for these bytes. */
export function toSignedBytes(data: Uint8Array): Bytes {
  // A plain loop: Array.from with a mapping function is slow on the packs every execution decodes.
  const signed = new Int8Array(data.buffer, data.byteOffset, data.byteLength);
  const out = new Array<number>(signed.length);
  for (let i = 0; i < signed.length; i++) out[i] = signed[i] ?? 0;
  return out;
}

/** The bytes of an Apps Script Byte[], or null when `value` is not one (a number outside -128..127, say). */
export function fromSignedBytes(value: unknown): Buffer | null {
  if (!Array.isArray(value)) return null;
  const out = Buffer.alloc(value.length);
  for (let i = 0; i < value.length; i++) {
    const b: unknown = value[i];
    // `(b | 0) === b` rather than Number.isInteger: a global looked up per byte is slow where the
    // fake runs inside a vm context (Jest), and a pack is tens of thousands of bytes.
    if (typeof b !== 'number' || (b | 0) !== b || b < -128 || b > 127) return null;
    out[i] = b & 0xff;
  }
  return out;
}

/** Java charset names the fake decodes (Charset.forName is case-insensitive and knows aliases). */
const CHARSETS: Record<string, BufferEncoding> = {
  'utf-8': 'utf8',
  utf8: 'utf8',
  'us-ascii': 'ascii',
  ascii: 'ascii',
  'iso-8859-1': 'latin1',
  latin1: 'latin1',
};

const GZIP_MAGIC = [0x1f, 0x8b];

export class FakeBlob {
  readonly _typeName = 'Blob';
  constructor(
    private readonly env: FakeEnv,
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  _calls() {
    return this.env.calls;
  }
  /** The raw bytes, for the fake itself (not counted, not Apps Script). */
  _data(): Buffer {
    return this.data;
  }

  getBytes(): Bytes {
    return toSignedBytes(this.data);
  }
  setBytes(data: Bytes): this {
    const bytes = fromSignedBytes(data);
    if (!bytes) throw badArgs(this.env, 'Blob.setBytes', [data]);
    this.data = bytes;
    return this;
  }
  /** UTF-8 unless a charset is named; an unknown charset throws, as Java's Charset.forName does. */
  getDataAsString(charset?: string): string {
    if (charset === undefined) return this.data.toString('utf8');
    if (typeof charset !== 'string') throw badArgs(this.env, 'Blob.getDataAsString', [charset]);
    const encoding = CHARSETS[charset.toLowerCase()];
    if (!encoding) throw exception(this.env, `Unsupported charset: ${charset}`);
    return this.data.toString(encoding);
  }
  setDataFromString(string: string, charset?: string): this {
    if (typeof string !== 'string' || (charset !== undefined && typeof charset !== 'string'))
      throw badArgs(this.env, 'Blob.setDataFromString', [string, charset]);
    const encoding = charset === undefined ? 'utf8' : CHARSETS[charset.toLowerCase()];
    if (!encoding) throw exception(this.env, `Unsupported charset: ${charset ?? ''}`);
    this.data = Buffer.from(string, encoding);
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): this {
    if (contentType !== null && typeof contentType !== 'string')
      throw badArgs(this.env, 'Blob.setContentType', [contentType]);
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    if (typeof name !== 'string') throw badArgs(this.env, 'Blob.setName', [name]);
    this.name = name;
    return this;
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(this.env, Buffer.from(this.data), this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
  getBlob(): this {
    return this;
  }
}
countMethods(FakeBlob, 'Blob');

/** A gzip blob of `blob`'s bytes, named `name` (or the source's name with `.gz`). */
export function gzipBlob(env: FakeEnv, blob: FakeBlob, name: string | null): FakeBlob {
  const source = blob.getName();
  return new FakeBlob(
    env,
    gzipSync(blob._data()),
    'application/x-gzip',
    name ?? (source === null ? null : `${source}.gz`),
  );
}

/** The data inside a gzip blob; anything that is not gzip throws, as Apps Script does. */
export function ungzipBlob(env: FakeEnv, blob: FakeBlob): FakeBlob {
  const data = blob._data();
  if (data.length < 18 || data[0] !== GZIP_MAGIC[0] || data[1] !== GZIP_MAGIC[1])
    throw exception(env, 'Could not decompress gzip data: not in GZIP format.');
  let out: Buffer;
  try {
    out = gunzipSync(data);
  } catch (e) {
    throw exception(env, `Could not decompress gzip data: ${(e as Error).message}`);
  }
  const name = blob.getName();
  return new FakeBlob(env, out, null, name?.replace(/\.gz$/i, '') ?? null);
}
