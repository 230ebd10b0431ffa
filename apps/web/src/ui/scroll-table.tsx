import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its box when it is wider than the screen, so the page
 * never does. The box is a labelled region a keyboard can focus and scroll (the pattern of
 * Inclusive Components' data tables).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
