// Story editor: live Markdown preview while typing. Progressive enhancement only:
// without JS the "Preview" button renders the same preview on the server.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var source = document.querySelector('textarea[data-preview-target]');
    if (!source || !window.fetch) return;
    var target = document.getElementById(source.getAttribute('data-preview-target'));
    if (!target) return;
    var timer = null;
    var latest = 0;
    function render() {
      var ticket = ++latest;
      fetch('/api/editor/preview', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: source.value }),
      })
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (data) {
          // Ignore answers that arrive after a newer request was sent.
          if (!data || ticket !== latest) return;
          if (data.html) {
            // Server output of the safe Markdown subset: already escaped and sanitised.
            target.innerHTML = data.html;
          } else {
            target.textContent = target.getAttribute('data-empty') || '';
          }
        })
        .catch(function () { /* offline: keep the last preview */ });
    }
    source.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, 400);
    });
  });
})();
