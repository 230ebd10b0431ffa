import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ICON_DATA_URL } from '@/lib/icon';
import { feedAlternates } from '@/lib/pages';
import { SITE_NAME, SITE_URL } from '@/lib/site';
import { THEME_SCRIPT } from '@/lib/theme-script';
import { HydrationMark } from '@/ui/hydration-mark';
import '@/styles/tokens.css';
import '@/styles/base.css';
import '@/styles/layout.css';
import '@/styles/controls.css';
import '@/styles/navigation.css';
import '@/styles/tables.css';
import '@/styles/figures.css';
import '@/styles/home.css';
import '@/styles/timeline.css';
import '@/styles/tariffs.css';
import '@/styles/data.css';
import '@/styles/chart-drawing.css';
import '@/styles/charts.css';
import '@/styles/claims.css';
import '@/styles/story.css';
import '@/styles/print.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: {
    default: `${SITE_NAME}: the U.S.–China trade conflict in numbers`,
    template: `%s · ${SITE_NAME}`,
  },
  description:
    'The numbers behind the U.S.–China trade conflict, each with its source: tariffs both ways, trade, the economy, and a news article’s claims re-checked.',
  applicationName: SITE_NAME,
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en_GB' },
  alternates: feedAlternates(),
  icons: { icon: [{ url: ICON_DATA_URL, type: 'image/svg+xml' }] },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf9f6' },
    { media: '(prefers-color-scheme: dark)', color: '#101214' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme and data-js on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, allowed by its CSP hash */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
