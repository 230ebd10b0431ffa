import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Next.js's Link without prefetching. Pages here carry their charts in their payload, so
 * prefetching every link in view would download hundreds of kilobytes a reader never asked
 * for; a click still navigates without a full reload.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
