import type { AnchorHTMLAttributes } from 'react';

/**
 * An internal link, as a plain anchor. Every page is a static file, so a click loads it
 * whole (fast, compressed, cached) instead of through Next.js's client router: each link then
 * costs the reader no JavaScript to hydrate, and nothing is prefetched that was not asked for.
 */
export function Link({
  href,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={href} {...rest} />;
}
