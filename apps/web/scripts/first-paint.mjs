// Two changes to each exported page, so that the reader sees it before any other request is
// made, without changing what the framework does once it runs:
//
// - the stylesheet goes inline (`<style>`), so no request blocks the first paint;
// - Next.js's scripts, their preloads and the stylesheet's `<link>` leave the page. A small
//   inline loader (allowed by its hash) adds them on the reader's first interaction: a press,
//   a key, a focus or a touch. Every page reads and navigates without them (the verdict pills
//   and date chips are links, the date form submits); they are the islands that answer in
//   place. What the reader did before the islands answered is replayed once React has
//   hydrated: the last press of a button, and the value of a field or a list that was changed.
//   Until then, what they pressed or changed is marked `aria-busy` (and styled so), so a slow
//   network never looks like a press that was lost.
//   A page opened with a query (`?verdict=disputed`) wakes them at once: only they show the
//   state it names.
//
// The stylesheet's `<link>` comes back when they wake, and applies: the inline copy holds only
// the rules the page's own elements match (scripts/critical-css.mjs), and the islands add
// states it does not. React also looks the stylesheet it rendered up by its href when it
// hydrates, and would add it again if it were not in the page.

import { HYDRATED_ATTRIBUTE } from '../src/lib/hydration.mjs';

const STYLESHEET = /<link rel="stylesheet" href="([^"]+\.css)" data-precedence="next"\/>/g;
const ASYNC_SCRIPT = /<script src="([^"]+\.js)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/g;

/**
 * The page with its stylesheets inline and their links out.
 * @param {string} html
 * @param {(href: string) => string} cssOf the stylesheet's text
 * @returns {{ html: string, hrefs: string[] }} the page, and the links it took out
 */
export const inlineStylesheets = (html, cssOf) => {
  /** @type {string[]} */
  const hrefs = [];
  const inlined = html.replace(STYLESHEET, (_, href) => {
    hrefs.push(href);
    return `<style>${cssOf(href).replaceAll('</style', '<\\/style')}</style>`;
  });
  return { html: inlined, hrefs };
};

/**
 * Runs in the page, serialised by `loaderScript`: wakes the islands on the first interaction and
 * replays what the reader did before they answered. Written for the browser only.
 * @param {string[]} scripts
 * @param {string[]} sheets
 * @param {string} hydrated
 */
function wake(scripts, sheets, hydrated) {
  const d = document;
  const root = d.documentElement;
  const starts = ['pointerdown', 'keydown', 'focusin', 'touchstart'];
  const isHydrated = () => root.hasAttribute(hydrated);
  /** @type {HTMLElement | null} */
  let pressed = null;
  /** @type {Map<HTMLInputElement | HTMLSelectElement, string>} each field's value before */
  const fields = new Map();
  let woken = false;
  /** @type {Set<HTMLElement>} what the reader used and is waiting on, marked busy */
  const waiting = new Set();
  /** @param {HTMLElement} el */
  const busy = (el) => {
    waiting.add(el);
    el.setAttribute('aria-busy', 'true');
  };
  /** @param {HTMLElement | null} el */
  const done = (el) => el?.removeAttribute('aria-busy');
  const go = () => {
    if (woken) return;
    woken = true;
    for (const type of starts) removeEventListener(type, start, true);
    for (const href of sheets) {
      const link = d.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.setAttribute('data-precedence', 'next');
      d.head.append(link);
    }
    for (const src of scripts) {
      const script = d.createElement('script');
      script.src = src;
      script.async = false;
      d.head.append(script);
    }
  };
  /** @param {Event} e */
  function start(e) {
    const target = /** @type {Element} */ (e.target);
    // A press, touch or focus on a link is a navigation: the next page wakes its own islands.
    if (e.type !== 'keydown' && target.closest?.('a[href]')) return;
    go();
  }
  for (const type of starts) addEventListener(type, start, { capture: true, passive: true });
  // A query (?verdict=, ?year=, ?date=) is state only the islands show: wake them at once, once
  // the page has painted.
  if (location.search) requestAnimationFrame(() => setTimeout(go, 0));
  addEventListener(
    'click',
    (e) => {
      if (isHydrated()) return;
      const button = /** @type {Element} */ (e.target).closest?.('button[type=button]');
      if (button instanceof HTMLElement) {
        pressed = button;
        busy(button);
        // A screen reader's browse mode clicks without a key or a press reaching the page.
        go();
      }
    },
    true,
  );
  addEventListener(
    'focusin',
    (e) => {
      const field = e.target;
      const isField = field instanceof HTMLInputElement || field instanceof HTMLSelectElement;
      if (isField && !isHydrated() && !fields.has(field)) fields.set(field, field.value);
    },
    true,
  );
  addEventListener(
    'change',
    (e) => {
      const field = /** @type {HTMLInputElement} */ (e.target);
      if (!isHydrated() && fields.has(field)) busy(field);
    },
    true,
  );
  /**
   * The element now in the page for one the reader used: itself, or, where React rendered that
   * part anew (an island that reads the URL renders on the client), the one with its id, or
   * the button with its text.
   * @template {HTMLElement} T
   * @param {T} el
   * @returns {T | null}
   */
  const current = (el) => {
    if (el.isConnected) return el;
    if (el.id) return /** @type {T | null} */ (d.getElementById(el.id));
    const text = el.textContent;
    for (const b of d.querySelectorAll('button[type=button]')) {
      if (b.textContent === text) return /** @type {T} */ (/** @type {unknown} */ (b));
    }
    return null;
  };
  /** @type {Map<HTMLElement, HTMLElement>} each element the reader used, and its replay's */
  const replayed = new Map();
  const replay = () => {
    for (const [used, before] of fields) {
      const field = current(used);
      if (!field || replayed.get(used) === field) continue;
      replayed.set(used, field);
      done(used);
      const after = used.value;
      if (after === before) continue;
      // Through the element's own setter first, which React watches, then past it, so that
      // React sees the change the reader made and its onChange runs.
      field.value = before;
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(
        field,
        after,
      );
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const button = pressed && current(pressed);
    if (pressed && button && replayed.get(pressed) !== button) {
      replayed.set(pressed, button);
      done(pressed);
      if (!(button instanceof HTMLButtonElement && button.disabled)) button.click();
    }
  };
  new MutationObserver((_, observer) => {
    if (!isHydrated()) return;
    observer.disconnect();
    // An island that reads the URL is rendered anew, and may come in a moment after the rest
    // has hydrated: what replaces an element the reader used gets the replay too. Watch before
    // the first replay: an event on an element React has not hydrated yet makes it render that
    // island at once, inside the dispatch, and the new element must not be missed.
    const late = new MutationObserver(replay);
    late.observe(d.body, { childList: true, subtree: true });
    replay();
    setTimeout(() => {
      late.disconnect();
      for (const el of waiting) done(el);
    }, 5000);
  }).observe(root, { attributes: true, attributeFilter: [hydrated] });
}

/** `wake`'s source without its comments and indentation: the page carries it. */
const WAKE = wake
  .toString()
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/^\s*\/\/.*$/gm, '')
  .replace(/\n\s*/g, '\n')
  .replace(/\n+/g, '\n');

/**
 * The inline script that wakes the islands: adds `sheets` and `scripts` (in order) on the first
 * interaction.
 * @param {readonly string[]} scripts
 * @param {readonly string[]} sheets
 */
export const loaderScript = (scripts, sheets) =>
  `(${WAKE})(${JSON.stringify(scripts)},${JSON.stringify(sheets)},${JSON.stringify(HYDRATED_ATTRIBUTE)});`;

const LOADER_CALL = /\}\)\((\[[^\]]*\]),(\[[^\]]*\]),"[^"]*"\);<\/script>/;

/**
 * The scripts and stylesheets a page's loader adds on the first interaction (for the weight
 * benchmark): none for a page without a loader.
 * @param {string} html
 * @returns {{ scripts: string[], sheets: string[] }}
 */
export const wokenBy = (html) => {
  const call = LOADER_CALL.exec(html);
  return {
    scripts: call?.[1] ? JSON.parse(call[1]) : [],
    sheets: call?.[2] ? JSON.parse(call[2]) : [],
  };
};

/**
 * The page with its async scripts and their preloads out, and the loader that adds them back
 * (with the stylesheets `hrefs`) at the end of the body.
 * @param {string} html
 * @param {readonly string[]} [hrefs] the stylesheet links `inlineStylesheets` took out
 */
export const loadScriptsOnInteraction = (html, hrefs = []) => {
  /** @type {string[]} */
  const srcs = [];
  const without = html
    .replace(ASYNC_SCRIPT, (_, src) => {
      srcs.push(src);
      return '';
    })
    .replace(SCRIPT_PRELOAD, '');
  if (srcs.length === 0) return html;
  return without.replace('</body>', `<script>${loaderScript(srcs, hrefs)}</script></body>`);
};

/**
 * Both changes: what post-build writes for each page.
 * @param {string} html
 * @param {(href: string) => string} cssOf
 */
export const paintFirst = (html, cssOf) => {
  const inlined = inlineStylesheets(html, cssOf);
  return loadScriptsOnInteraction(inlined.html, inlined.hrefs);
};
