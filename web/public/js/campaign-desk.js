// Campaign desk (/editor/campaigns/:id), progressive enhancement only: every control
// here also works as a plain form. The script adds
//  - search results while typing (same rows and "Thêm" forms the server renders),
//  - drag to reorder on a pointer device (mouse, pen, finger), saved through
//    PUT /api/campaigns/:id/stories; keyboard users keep the up/down buttons,
//  - a preview of the chosen cover image before it is uploaded.
(function () {
  'use strict';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function hidden(name, value) {
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    return input;
  }

  /** One result row, built like the server's PickerResultItem (text only: no HTML from the answer). */
  function resultItem(list, q, r) {
    var li = el('li', 'cm-result');
    var text = el('div', 'cm-story-text');
    text.appendChild(el('span', 'cm-story-title', r.title));
    text.appendChild(el('span', 'muted', r.provinceName + ' · ' + list.getAttribute('data-published').replace('{time}', r.publishedLabel)));
    li.appendChild(text);
    if (r.inCampaign) {
      li.appendChild(el('p', 'muted cm-result-note', list.getAttribute('data-already')));
      return li;
    }
    var form = document.createElement('form');
    form.method = 'post';
    form.action = list.getAttribute('data-action');
    form.appendChild(hidden('story', String(r.id)));
    form.appendChild(hidden('q', q));
    var button = el('button', '', list.getAttribute('data-add'));
    button.type = 'submit';
    button.setAttribute('aria-label', list.getAttribute('data-add') + ': ' + r.title);
    form.appendChild(button);
    li.appendChild(form);
    return li;
  }

  function setupFinder() {
    var input = document.getElementById('cf-story');
    var list = document.getElementById('cm-results');
    var count = document.getElementById('cm-find-count');
    if (!input || !list || !count || !window.fetch) return;
    var url = input.getAttribute('data-search-url');
    var timer = null;
    var latest = 0;
    function show(q, items) {
      list.textContent = '';
      items.forEach(function (r) { list.appendChild(resultItem(list, q, r)); });
      count.textContent = q.trim() === '' ? '' : items.length === 0 ? count.getAttribute('data-none') : count.getAttribute('data-count').replace('{count}', String(items.length));
    }
    function search() {
      var q = input.value;
      var ticket = ++latest;
      if (q.trim() === '') return show(q, []);
      fetch(url + '?q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (data) {
          // An answer to an older query arrives late: keep the newer one.
          if (!data || ticket !== latest) return;
          show(q, data.items || []);
        })
        .catch(function () { /* offline: the Search button still submits the form */ });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
  }

  function setupDrag() {
    var list = document.querySelector('.cm-story-list[data-editable="true"]');
    if (!list || !window.fetch || !window.PointerEvent) return;
    var items = function () { return Array.prototype.slice.call(list.querySelectorAll('li.cm-story')); };
    if (items().length < 2) return;
    var hint = document.querySelector('.cm-drag-hint');
    if (hint) hint.hidden = false;
    var status = list.parentNode.querySelector('.cm-order-status');
    var campaign = list.getAttribute('data-campaign');

    function say(key) { if (status) status.textContent = list.getAttribute(key) || ''; }

    function order() { return items().map(function (li) { return Number(li.getAttribute('data-story')); }); }

    function save(before) {
      var after = order();
      if (after.join(',') === before.join(',')) return;
      say('data-saving');
      fetch('/api/campaigns/' + campaign + '/stories', {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ stories: after }),
      })
        .then(function (res) {
          if (!res.ok) throw new Error(String(res.status));
          // Reload so the up/down buttons (first and last) match the saved order.
          window.location.reload();
        })
        .catch(function () {
          // Put the list back as the server has it.
          before.forEach(function (id) { list.appendChild(list.querySelector('li[data-story="' + id + '"]')); });
          say('data-failed');
        });
    }

    // Puts `li` right before `next` (at the end when null) by moving its neighbours, never
    // `li` itself: taking the dragged node out of the page would end its pointer capture.
    function place(li, next) {
      if (next === li.nextElementSibling) return;
      var after = next === null || (li.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (after) {
        while (li.nextElementSibling && li.nextElementSibling !== next) list.insertBefore(li.nextElementSibling, li);
      } else {
        var between = [];
        for (var node = next; node && node !== li; node = node.nextElementSibling) between.push(node);
        var anchor = li.nextElementSibling;
        between.forEach(function (n) { list.insertBefore(n, anchor); });
      }
    }

    items().forEach(function (li) {
      // The handle is for pointers only: hidden from assistive tech, not focusable.
      var handle = el('span', 'cm-drag-handle');
      handle.setAttribute('aria-hidden', 'true');
      handle.textContent = '⠿';
      li.insertBefore(handle, li.firstChild);
      handle.addEventListener('pointerdown', function (down) {
        if (down.button !== 0) return;
        down.preventDefault();
        var before = order();
        handle.setPointerCapture(down.pointerId);
        li.classList.add('cm-dragging');
        function move(ev) {
          var others = items().filter(function (o) { return o !== li; });
          var next = null;
          for (var i = 0; i < others.length; i++) {
            var box = others[i].getBoundingClientRect();
            if (ev.clientY < box.top + box.height / 2) { next = others[i]; break; }
          }
          place(li, next);
        }
        function up() {
          handle.removeEventListener('pointermove', move);
          handle.removeEventListener('pointerup', up);
          handle.removeEventListener('pointercancel', up);
          li.classList.remove('cm-dragging');
          save(before);
        }
        handle.addEventListener('pointermove', move);
        handle.addEventListener('pointerup', up);
        handle.addEventListener('pointercancel', up);
      });
    });
  }

  function setupCoverPreview() {
    var input = document.querySelector('input[type=file][data-preview]');
    if (!input || !window.URL || !URL.createObjectURL) return;
    var figure = document.getElementById(input.getAttribute('data-preview'));
    var img = figure && figure.querySelector('img');
    var alt = document.getElementById('cf-alt');
    if (!figure || !img) return;
    var current = null;
    function sync() { img.alt = alt ? alt.value : ''; }
    input.addEventListener('change', function () {
      if (current) URL.revokeObjectURL(current);
      current = null;
      var file = input.files && input.files[0];
      if (!file) { figure.hidden = true; return; }
      current = URL.createObjectURL(file);
      img.src = current;
      sync();
      figure.hidden = false;
    });
    if (alt) alt.addEventListener('input', sync);
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupFinder();
    setupDrag();
    setupCoverPreview();
  });
})();
