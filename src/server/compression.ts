/**
 * Compression of what the server sends. The web app's files are compressed once, at build time
 * (web/build/precompress.ts), and @fastify/static sends the `.br` or `.gz` copy the request accepts. Everything
 * else the server writes (the API's JSON, the OpenAPI document, the docs page) is compressed per response here.
 */

import { constants } from 'node:zlib';
import compress, { type FastifyCompressOptions } from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Responses smaller than this go as they are: they fit in one packet either way, so compressing only costs time. */
export const COMPRESSION_THRESHOLD = 1024;

export const COMPRESSION_OPTIONS: FastifyCompressOptions = {
  global: true,
  // Every browser accepts one of these two; brotli first, as it is smaller for the same work.
  encodings: ['br', 'gzip'],
  threshold: COMPRESSION_THRESHOLD,
  brotliOptions: {
    params: {
      // Quality 4 makes a 12 KB assessment about as small as gzip does, for about the same CPU time; quality 11,
      // right for build-time files, costs some fifty times as much per response and would outweigh the engine.
      [constants.BROTLI_PARAM_QUALITY]: 4,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  },
  // Request bodies are read as they come: no client of the API compresses them, and a compressed body would be
  // one more way to make the server do work a 64 KiB limit is meant to bound.
  globalDecompression: false,
};

/**
 * Registers response compression on `app`; call it before any route is added, as it attaches to routes as they
 * are declared. A response that already has a Content-Encoding (a precompressed static file) is sent unchanged.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, COMPRESSION_OPTIONS);
}
