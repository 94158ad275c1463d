import type { MiddlewareHandler } from 'hono';
import { AppError } from './errors';
import type { AppEnv } from './types';

/**
 * A form body that cannot be parsed (a multipart body without its parts, a wrong
 * boundary) is the client's mistake: 400 naming `body`, never a 500. Handlers read
 * forms with `c.req.parseBody()`; this wraps that one method for the request, so
 * every form route, present and future, answers the same way.
 */
export function formBodyErrors(): MiddlewareHandler<AppEnv> {
  return async function formBodyErrors(c, next) {
    const parse = c.req.parseBody.bind(c.req);
    const guarded = async (...args: Parameters<typeof parse>) => {
      try {
        return await parse(...args);
      } catch (cause) {
        throw new AppError('VALIDATION_FAILED', 'The form body could not be read', {
          errors: [{ path: 'body', message: 'Send a well-formed application/x-www-form-urlencoded or multipart/form-data body' }],
          cause,
        });
      }
    };
    c.req.parseBody = guarded as typeof c.req.parseBody;
    await next();
  };
}
