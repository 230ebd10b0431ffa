/** localStorage key of an explicit theme choice ('light' or 'dark'); absent: follow the system. */
export const THEME_STORAGE_KEY = 'tradetalks-theme';

/**
 * Runs in <head> before the first paint, so a remembered theme shows with no flash. It also
 * marks the page as scripted (data-js) so controls that need JavaScript can show. Its hash is
 * allowed by the Content-Security-Policy that scripts/post-build.mjs writes.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.setAttribute('data-js','');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}})();`;
