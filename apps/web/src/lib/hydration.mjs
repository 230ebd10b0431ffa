// Shared by the page's loader (scripts/first-paint.mjs), the mark React sets
// (src/ui/hydration-mark.tsx) and the browser tests: a plain module, so the build script can
// import it too.

/** Set on <html> once React has hydrated the page: its islands answer from then on. */
export const HYDRATED_ATTRIBUTE = 'data-hydrated';
