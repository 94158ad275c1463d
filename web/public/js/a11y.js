// Accessibility bar: larger text and high contrast, remembered in localStorage.
// Progressive enhancement only: the pages work without it.
(function () {
  var root = document.documentElement;
  var classes = { text: 'text-large', contrast: 'contrast' };
  function apply(kind, on) {
    root.classList.toggle(classes[kind], on);
    var btn = document.querySelector('[data-a11y="' + kind + '"]');
    if (btn) btn.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  function saved(kind) {
    try { return localStorage.getItem('a11y-' + kind) === '1'; } catch (e) { return false; }
  }
  document.addEventListener('DOMContentLoaded', function () {
    Object.keys(classes).forEach(function (kind) {
      apply(kind, saved(kind));
      var btn = document.querySelector('[data-a11y="' + kind + '"]');
      if (!btn) return;
      btn.addEventListener('click', function () {
        var on = !root.classList.contains(classes[kind]);
        apply(kind, on);
        try { localStorage.setItem('a11y-' + kind, on ? '1' : '0'); } catch (e) { /* private mode */ }
      });
    });
  });
})();
