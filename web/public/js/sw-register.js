// Registers the service worker (/sw.js): the hub installs to the home screen, opens offline
// and keeps saved stories. Loaded on every page by the layout; after `load`, so the worker's
// first precache never competes with the page itself on a slow phone.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', function () {
    // updateViaCache 'none': the browser always asks the server for /sw.js, so a deploy
    // reaches readers at their next visit.
    navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(function () {
      // No worker (private mode, storage refused): the site works as before, online only.
    });
  });
})();
