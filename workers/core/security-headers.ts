import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const CSP = 'Content-Security-Policy';

/**
 * Security headers for every Worker response. Static files get the same set
 * from web/public/_headers. No inline script anywhere: client code lives in /js.
 * A route may set its own, stricter Content-Security-Policy (the reports'
 * screenshots: `default-src 'none'; sandbox`); that one is kept, every other
 * header is always ours.
 */
export function securityHeaders(): MiddlewareHandler {
  const setHeaders = siteHeaders();
  return async function securityHeaders(c, next) {
    let routePolicy: string | null = null;
    await setHeaders(c, async () => {
      await next();
      routePolicy = c.res.headers.get(CSP);
    });
    if (routePolicy !== null) c.res.headers.set(CSP, routePolicy);
  };
}

const siteHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginResourcePolicy: false,
    crossOriginEmbedderPolicy: false,
  });
