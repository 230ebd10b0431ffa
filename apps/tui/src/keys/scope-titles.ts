// Where each scope's keys work, in words, for help and the README's table.
import { VIEWS } from '../views/registry';
import type { Scope } from './key-types';

/** "Timeline, Claims and Sources". */
const titlesOf = (views: readonly { title: string }[]): string =>
  views.length <= 1
    ? (views[0]?.title ?? '')
    : `${views
        .slice(0, -1)
        .map((v) => v.title)
        .join(', ')} and ${views.at(-1)?.title}`;

const withScope = (scope: Scope) =>
  VIEWS.filter((v) => ('scopes' in v ? (v.scopes as readonly Scope[]) : []).includes(scope));
const lists = VIEWS.filter((v) => v.kind === 'list');
const withDetailScope = (scope: Scope) =>
  lists.filter((v) =>
    ('detailScopes' in v ? (v.detailScopes as readonly Scope[]) : []).includes(scope),
  );

/** Where each scope's keys work, in words, drawn from the views that add the scope. */
export const SCOPE_TITLES: Record<Scope, string> = {
  everywhere: 'Everywhere',
  lists: titlesOf(lists),
  detail: 'An item opened in a list',
  event: `An item opened on the ${titlesOf(withDetailScope('event'))}`,
  links: `${titlesOf(lists)}: the item selected or open`,
  tariffs: titlesOf(withScope('tariffs')),
  filter: 'While typing a filter',
  date: 'While typing a day',
};
