'use client';

import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY } from '@/lib/theme-script';

const systemIsDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

const effectiveTheme = (): 'light' | 'dark' => {
  const pinned = document.documentElement.getAttribute('data-theme');
  if (pinned === 'light' || pinned === 'dark') return pinned;
  return systemIsDark() ? 'dark' : 'light';
};

/**
 * A "Dark theme" switch. The page follows the system until the reader flips it; the choice
 * is remembered, and a choice equal to the system's setting is forgotten again. Its "on" look
 * follows the theme in CSS, so it is right before React hydrates and nothing moves.
 */
export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    setDark(effectiveTheme() === 'dark');
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setDark(effectiveTheme() === 'dark');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  const toggle = () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    const root = document.documentElement;
    try {
      if ((next === 'dark') === systemIsDark()) {
        localStorage.removeItem(THEME_STORAGE_KEY);
        root.removeAttribute('data-theme');
      } else {
        localStorage.setItem(THEME_STORAGE_KEY, next);
        root.setAttribute('data-theme', next);
      }
    } catch {
      root.setAttribute('data-theme', next);
    }
    setDark(next === 'dark');
  };

  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      onClick={toggle}
      title="Dark theme"
    >
      <svg
        className="theme-toggle__moon"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        aria-hidden="true"
      >
        <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z" />
      </svg>
      <span className="theme-toggle__label">Dark theme</span>
    </button>
  );
}
