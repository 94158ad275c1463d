// Check before posting, enhanced: the form is sent to POST /api/check without leaving the
// page, and the answer is the server's own rendering of the findings (text/html), put under
// the form. Anything but a good answer (a field error, the limit, no network) falls back to
// the plain form post, which renders the same page with the message next to the field.
(function () {
  'use strict';

  function init(form) {
    var target = document.querySelector('[data-check-target]');
    var status = form.querySelector('[data-check-status]');
    if (!target || typeof fetch !== 'function') return;
    var fallback = false;

    form.addEventListener('submit', function (event) {
      if (fallback) return;
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      var body = { text: form.elements.text.value, url: form.elements.url.value };
      if (button) button.disabled = true;
      if (status) status.textContent = '…';
      fetch('/api/check', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'text/html' },
        body: JSON.stringify(body),
      })
        .then(function (res) {
          if (!res.ok) throw new Error('check answered ' + res.status);
          return res.text();
        })
        .then(function (html) {
          // Same-origin HTML the server escaped (the page's own component), no scripts in it.
          target.innerHTML = html;
          target.dispatchEvent(new CustomEvent('lantoa:content', { bubbles: true }));
          if (status) status.textContent = '';
          if (button) button.disabled = false;
          var heading = target.querySelector('#check-results-title');
          if (heading) heading.focus();
        })
        .catch(function () {
          // Let the server render the page (with the field's message, or the limit's).
          fallback = true;
          if (button) button.disabled = false;
          form.submit();
        });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-check-form]').forEach(init);
  });
})();
