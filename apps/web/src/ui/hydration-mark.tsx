'use client';

import { useEffect } from 'react';
import { HYDRATED_ATTRIBUTE } from '@/lib/hydration.mjs';

/**
 * Marks <html> once React has hydrated the page. The loader that woke the islands waits for it
 * to replay what the reader did before they answered (scripts/first-paint.mjs).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.setAttribute(HYDRATED_ATTRIBUTE, '');
  }, []);
  return null;
}
