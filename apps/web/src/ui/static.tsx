import type { HTMLAttributes, ReactNode } from 'react';
import { renderStatic } from './render-static';
import { StaticHtml } from './static-html';

/**
 * Server components that hold no island (cards, lists, a chart's text), sent to the reader
 * once, as HTML: in a production build they leave React's tree, so the page does not carry
 * them a second time in its hydration data and React hydrates none of their nodes. The
 * islands that filter or pick (the timeline, the verdicts, the tariff explorer) find them by
 * their data attributes, as before.
 */
export function Static({
  children,
  as = 'div',
  ...rest
}: { children: ReactNode; as?: 'div' | 'section' | 'span' | 'p' } & Omit<
  HTMLAttributes<HTMLElement>,
  'children' | 'dangerouslySetInnerHTML'
>) {
  return <StaticHtml as={as} html={renderStatic(children)} {...rest} />;
}
