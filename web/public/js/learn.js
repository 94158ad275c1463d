// The quiz of /hoc/:slug, enhanced. Without this script the form posts and the server answers
// with a whole page of results. With it, the same form is posted in the background and the
// server's own results (or its "answer every question" message) replace the quiz in place:
// one rendering, on the server; scoring never happens here. "Làm lại" brings the empty form back.
(function () {
  'use strict';
  var section = document.querySelector('[data-learn-quiz]');
  if (!section || !window.fetch || !window.DOMParser) return;
  // The quiz as first served (nothing chosen): what "Làm lại" restores without a reload.
  var pristine = section.innerHTML;

  function focusFirst(selectors) {
    for (var i = 0; i < selectors.length; i++) {
      var el = section.querySelector(selectors[i]);
      if (el) {
        if (!el.hasAttribute('tabindex') && !/^(INPUT|A|BUTTON)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
        el.focus();
        if (el.scrollIntoView) el.scrollIntoView({ block: 'start' });
        return;
      }
    }
  }

  section.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-learn-form')) return;
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { Accept: 'text/html' },
    })
      .then(function (res) {
        return res.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var answer = doc.querySelector('[data-learn-quiz]');
        if (!answer) throw new Error('no quiz in the answer');
        section.innerHTML = answer.innerHTML;
        focusFirst(['[data-learn-result-title]', '.error-summary', 'h2']);
      })
      .catch(function () {
        // Offline or an unexpected answer: post the ordinary way, the server shows what happened.
        form.submit();
      });
  });

  section.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('[data-learn-retake]') : null;
    if (!link) return;
    event.preventDefault();
    section.innerHTML = pristine;
    focusFirst(['#quiz-title']);
  });
})();
