/**
 * What the server writes to its log: one line per request with the method, the path, the status and the response
 * time, and the stack of numbcheck's own bugs. Never a request or response body, never a query string and never an
 * error message from a request, because answers are health information and messages quote them ("got 300").
 */
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/** The path of a request without its query string. */
export function pathOnly(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** A stack trace without its first line, which is the message and may quote the input. */
export function framesOnly(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.stack === undefined) return undefined;
  return error.stack.split('\n').slice(1).join('\n');
}

/** Fastify's per-request log lines, cut down to what an operator needs and nothing a person answered. */
export class AccessLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    _error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    reply.log.info(
      {
        method: request.method,
        path: pathOnly(request.url),
        status: reply.statusCode,
        responseTime: Math.round(reply.elapsedTime * 100) / 100,
      },
      'request',
    );
  }

  override defaultErrorLog(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500)
      reply.log.error({ errorType: error.name, stack: framesOnly(error) }, 'internal error');
  }

  override streamError(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
    reply.log.warn({ errorType: error.name }, 'response stream failed');
  }

  override routeNotFound(): void {}

  override writeHeadError(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
    reply.log.warn({ errorType: error.name }, 'could not write the response headers');
  }

  override serializerError(
    error: Error,
    _request: FastifyRequest,
    reply: FastifyReply,
    metadata: { statusCode: number },
  ): void {
    reply.log.error(
      { errorType: error.name, status: metadata.statusCode, stack: framesOnly(error) },
      'could not serialize the response',
    );
  }
}

/**
 * Pino serializers for anything that still reaches the log with a request, a reply or an error attached (Fastify's
 * own lines, plugins): the same few fields, nothing more.
 */
export const LOG_SERIALIZERS = {
  req: (request: { method?: string; url?: string }) => ({
    method: request.method,
    path: request.url === undefined ? undefined : pathOnly(request.url),
  }),
  res: (reply: { statusCode?: string | number }) => ({ statusCode: reply.statusCode }),
  err: (error: unknown) => ({
    type: error instanceof Error ? error.name : typeof error,
    message: '(not logged: it may quote the request)',
    stack: framesOnly(error) ?? '',
  }),
};
