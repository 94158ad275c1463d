// Story editor: writing aids on top of a form that works without JavaScript.
// - a Markdown toolbar and a live preview rendered by the server's own renderer
//   (POST /api/stories/preview), so it matches the public page;
// - character counters that speak only when a limit comes near;
// - the chosen cover shown before it is uploaded (with the form);
// - drafts never lost: local storage while typing, a server autosave of the writer's
//   own draft every 30 s and on leaving, a "Đã lưu lúc 22:55" status, and a question
//   before leaving with unsaved changes (never after the form was sent).
// Every message comes from the page (data-* attributes), in the reader's language.
(function () {
  'use strict';
  var AUTOSAVE_MS = 30000;
  var LOCAL_DELAY_MS = 800;
  var PREVIEW_DELAY_MS = 400;
  var VN_OFFSET_MS = 7 * 60 * 60 * 1000;

  function fill(template, params) {
    return String(template || '').replace(/\{(\w+)\}/g, function (whole, name) {
      return name in params ? String(params[name]) : whole;
    });
  }
  /** Vietnam time, as the server writes it: "22:55" and "29/11/2026 22:55". */
  function vnTime(ms) {
    return new Date(ms + VN_OFFSET_MS).toISOString().slice(11, 16);
  }
  function vnDateTime(ms) {
    var d = new Date(ms + VN_OFFSET_MS).toISOString();
    return d.slice(8, 10) + '/' + d.slice(5, 7) + '/' + d.slice(0, 4) + ' ' + d.slice(11, 16);
  }
  function byId(id) {
    return document.getElementById(id);
  }
  function postJson(url, data, keepalive) {
    var body = JSON.stringify(data);
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      // Browsers refuse keepalive bodies over 64 KB; a longer text on leaving stays in local storage.
      keepalive: !!keepalive && new Blob([body]).size < 60000,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body,
    });
  }

  // ---- Live preview -------------------------------------------------------
  function setupPreview(source, target, button) {
    var timer = null;
    var latest = 0;
    function render() {
      var ticket = ++latest;
      return postJson('/api/stories/preview', { body: source.value })
        .then(function (res) {
          return res.ok ? res.json() : null;
        })
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
        .catch(function () {
          /* offline: keep the last preview */
        });
    }
    source.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, PREVIEW_DELAY_MS);
    });
    if (button) {
      // With the script, "Xem trước" renders here and never sends the form.
      button.addEventListener('click', function (event) {
        event.preventDefault();
        clearTimeout(timer);
        render();
        var pane = byId('preview-pane');
        if (pane) {
          pane.scrollIntoView({ block: 'nearest' });
          pane.setAttribute('tabindex', '-1');
          pane.focus({ preventScroll: true });
        }
      });
    }
  }

  // ---- Markdown toolbar ---------------------------------------------------
  function setupToolbar(toolbar, area) {
    var sample = toolbar.getAttribute('data-sample') || 'text';
    function replace(start, end, text, selectFrom, selectTo) {
      area.focus();
      area.setRangeText(text, start, end, 'end');
      area.setSelectionRange(start + selectFrom, start + selectTo);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
    function wrap(marker) {
      var s = area.selectionStart;
      var e = area.selectionEnd;
      var chosen = area.value.slice(s, e) || sample;
      replace(s, e, marker + chosen + marker, marker.length, marker.length + chosen.length);
    }
    /** Prefix every line the selection touches (headings, lists, quotes are line-level in Markdown). */
    function prefixLines(prefix) {
      var value = area.value;
      var s = value.lastIndexOf('\n', area.selectionStart - 1) + 1;
      var e = area.selectionEnd;
      var lineEnd = value.indexOf('\n', e);
      if (lineEnd === -1) lineEnd = value.length;
      var lines = value.slice(s, lineEnd).split('\n');
      var text = lines
        .map(function (line) {
          return line.indexOf(prefix) === 0 ? line : prefix + line;
        })
        .join('\n');
      if (text.trim() === prefix.trim()) text = prefix + sample;
      // A heading, list or quote must start a block: make sure a blank line comes before it.
      var before = s > 0 && value.slice(0, s).slice(-2) !== '\n\n' ? '\n' : '';
      replace(s, lineEnd, before + text, before.length, before.length + text.length);
    }
    function link() {
      var s = area.selectionStart;
      var e = area.selectionEnd;
      var label = area.value.slice(s, e) || sample;
      var url = 'https://';
      var text = '[' + label + '](' + url + ')';
      // Select the address, the part still to be typed.
      replace(s, e, text, label.length + 3, label.length + 3 + url.length);
    }
    var actions = {
      bold: function () { wrap('**'); },
      italic: function () { wrap('*'); },
      heading: function () { prefixLines('## '); },
      list: function () { prefixLines('- '); },
      quote: function () { prefixLines('> '); },
      link: link,
    };
    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-md]');
      if (!button) return;
      var action = actions[button.getAttribute('data-md')];
      if (action) action();
    });
    toolbar.hidden = false;
  }

  // ---- Character counters -------------------------------------------------
  function setupCounter(counter) {
    var field = byId(counter.getAttribute('data-count-for'));
    if (!field) return;
    var max = Number(counter.getAttribute('data-max'));
    var text = counter.querySelector('.char-count-text');
    var live = counter.querySelector('[data-count-live]');
    var said = 'ok';
    function update() {
      // Counted as the server counts (NFC, UTF-16 units): its limit is the one that matters.
      var n = field.value.normalize('NFC').length;
      text.textContent = fill(counter.getAttribute('data-template'), { n: n, max: max });
      var state = n > max ? 'over' : max - n <= Math.max(10, Math.round(max / 10)) ? 'near' : 'ok';
      counter.classList.toggle('char-count-near', state === 'near');
      counter.classList.toggle('char-count-over', state === 'over');
      // Speak only when the state changes, not on every keystroke.
      if (state !== said) {
        said = state;
        live.textContent =
          state === 'near' ? fill(counter.getAttribute('data-near'), { left: max - n }) : state === 'over' ? fill(counter.getAttribute('data-over'), { over: n - max }) : '';
      }
    }
    field.addEventListener('input', update);
    update();
  }

  // ---- Cover preview ------------------------------------------------------
  function setupCover(input) {
    var box = byId('cover-chosen');
    var img = byId('cover-chosen-img');
    var clear = byId('cover-clear');
    var alt = byId('f-coverAlt');
    var url = null;
    function show() {
      if (url) URL.revokeObjectURL(url);
      url = null;
      var file = input.files && input.files[0];
      if (!file) {
        box.hidden = true;
        img.removeAttribute('src');
        return;
      }
      url = URL.createObjectURL(file);
      img.src = url;
      img.alt = alt ? alt.value : '';
      box.hidden = false;
    }
    input.addEventListener('change', show);
    if (alt) {
      alt.addEventListener('input', function () {
        img.alt = alt.value;
      });
    }
    clear.addEventListener('click', function () {
      input.value = '';
      show();
      input.focus();
    });
    show();
  }

  // ---- Drafts: local storage, server autosave, leaving ------------------------
  function setupAutosave(form) {
    var statusBox = byId('autosave');
    var status = byId('autosave-status');
    var server = form.getAttribute('data-autosave') === 'server';
    var storyKey = form.getAttribute('data-story-key');
    var storage = null;
    try {
      storage = window.localStorage;
    } catch (e) {
      storage = null;
    }
    var localTimer = null;
    var inFlight = false;
    var submitting = false;
    var stopped = false;
    statusBox.hidden = false;

    function keyFor(k) {
      return 'lantoa:story-draft:' + k;
    }
    function field(name) {
      return form.elements.namedItem(name);
    }
    function value(name) {
      var el = field(name);
      return el && 'value' in el ? el.value : '';
    }
    function collect() {
      var captions = Array.prototype.map.call(form.querySelectorAll('textarea[name=captions]'), function (el) {
        return el.value;
      });
      var replies = Array.prototype.map.call(form.querySelectorAll('textarea[name=replies]'), function (el) {
        return el.value;
      });
      return {
        title: value('title'),
        summary: value('summary'),
        body: value('body'),
        categoryCode: value('categoryCode'),
        provinceCode: value('provinceCode'),
        commune: value('commune'),
        tags: value('tags'),
        captions: captions,
        replies: replies,
        hashtags: value('hashtags'),
        sourceType: value('sourceType'),
        sourceDetail: value('sourceDetail'),
        consent: !!(field('consent') && field('consent').checked),
        showAuthor: !!(field('showAuthor') && field('showAuthor').checked),
        coverAlt: value('coverAlt'),
      };
    }
    function apply(fields) {
      Object.keys(fields).forEach(function (name) {
        if (name === 'captions' || name === 'replies') {
          var areas = form.querySelectorAll('textarea[name=' + name + ']');
          (fields[name] || []).forEach(function (text, i) {
            if (areas[i]) {
              areas[i].value = text;
              areas[i].dispatchEvent(new Event('input', { bubbles: true }));
            }
          });
          return;
        }
        var el = field(name);
        if (!el) return;
        if (name === 'consent' || name === 'showAuthor') el.checked = !!fields[name];
        else el.value = fields[name];
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    function same(a, b) {
      return JSON.stringify(a) === JSON.stringify(b);
    }
    var saved = collect(); // what the server holds (the page as it loaded)
    var say = function (key, params) {
      status.textContent = fill(status.getAttribute('data-' + key), params || {});
    };

    function readLocal() {
      if (!storage) return null;
      try {
        return JSON.parse(storage.getItem(keyFor(storyKey)) || 'null');
      } catch (e) {
        return null;
      }
    }
    function writeLocal() {
      if (!storage) return;
      var now = Date.now();
      try {
        storage.setItem(keyFor(storyKey), JSON.stringify({ at: now, fields: collect() }));
      } catch (e) {
        return; // storage full or refused: the server autosave still runs
      }
      if (server && !stopped && storyKey === 'new' && !creatable(collect())) say('need', { time: vnTime(now) });
      else say('local', { time: vnTime(now) });
    }
    function clearLocal(k) {
      if (storage) storage.removeItem(keyFor(k));
    }
    function dirty() {
      var file = field('file');
      return !same(collect(), saved) || !!(file && file.files && file.files.length);
    }

    // After a save the form just sent, this device's copy is stale: drop it.
    var done = form.getAttribute('data-done');
    if (done && !form.getAttribute('data-failed')) {
      clearLocal(storyKey);
      if (done === 'created' || done === 'submitted') clearLocal('new');
    } else {
      var kept = readLocal();
      if (kept && kept.fields && !same(kept.fields, collect())) {
        var box = byId('draft-restore');
        byId('draft-restore-text').textContent = fill(byId('draft-restore-text').getAttribute('data-template'), { time: vnDateTime(kept.at) });
        box.hidden = false;
        byId('draft-restore-yes').addEventListener('click', function () {
          apply(kept.fields);
          box.hidden = true;
          field('title').focus();
        });
        byId('draft-restore-no').addEventListener('click', function () {
          clearLocal(storyKey);
          box.hidden = true;
        });
      } else if (kept) {
        clearLocal(storyKey);
      }
    }

    // The JSON shape POST /api/stories/autosave and /api/stories/:id/autosave validate.
    function split(text, separators) {
      return text
        .split(separators)
        .map(function (s) { return s.trim(); })
        .filter(Boolean);
    }
    function payload(fields) {
      var out = {
        summary: fields.summary,
        body: fields.body,
        commune: fields.commune,
        tags: split(fields.tags, /[,;]/),
        captions: fields.captions,
        hashtags: split(fields.hashtags, /[\s,;]+/),
        sourceType: fields.sourceType || null,
        sourceDetail: fields.sourceDetail,
        consent: fields.consent,
        showAuthor: !!fields.showAuthor,
      };
      // Leave out what the server would refuse while the writer is still typing it.
      if (fields.title.trim().length >= 3) out.title = fields.title;
      if (fields.categoryCode) out.categoryCode = fields.categoryCode;
      if (fields.provinceCode) out.provinceCode = fields.provinceCode;
      // The reply kit, once every box is within its 300 characters (the counter says when one is not).
      var replies = fields.replies || [];
      if (replies.every(function (r) { return r.normalize('NFC').trim().length <= 300; })) out.replies = replies;
      return out;
    }
    function creatable(fields) {
      return fields.title.trim().length >= 3 && !!fields.categoryCode && !!fields.provinceCode;
    }
    function becameDraft(story) {
      // The new story has an id now: the form edits it from here on.
      clearLocal('new');
      storyKey = String(story.id);
      form.setAttribute('data-story-key', storyKey);
      form.action = story.editUrl;
      var rev = document.createElement('input');
      rev.type = 'hidden';
      rev.name = 'revision';
      form.insertBefore(rev, form.firstChild);
      history.replaceState(null, '', story.editUrl);
    }
    function serverSave(leaving) {
      if (!server || stopped || inFlight || submitting) return;
      var fields = collect();
      if (same(fields, saved)) return;
      var url;
      var data = payload(fields);
      if (storyKey === 'new') {
        if (!creatable(fields)) return;
        url = '/api/stories/autosave';
      } else {
        data.revision = Number(value('revision'));
        url = '/api/stories/' + storyKey + '/autosave';
      }
      inFlight = true;
      if (!leaving) say('saving');
      postJson(url, data, leaving)
        .then(function (res) {
          return res.json().then(function (body) {
            return { ok: res.ok, status: res.status, body: body };
          });
        })
        .then(function (r) {
          inFlight = false;
          if (!r.ok) {
            // Someone else saved, or the story left the draft state: keep the local copy, stop sending.
            if (r.status === 409 || r.status === 403) stopped = true;
            say('failed');
            return;
          }
          if (storyKey === 'new') becameDraft(r.body.story);
          field('revision').value = String(r.body.story.revision);
          saved = fields;
          if (same(collect(), fields)) clearLocal(storyKey);
          say('saved', { time: vnTime(Date.parse(r.body.savedAt) || Date.now()) });
        })
        .catch(function () {
          inFlight = false;
          say('failed');
        });
    }

    form.addEventListener('input', function () {
      clearTimeout(localTimer);
      localTimer = setTimeout(writeLocal, LOCAL_DELAY_MS);
    });
    form.addEventListener('change', function () {
      clearTimeout(localTimer);
      localTimer = setTimeout(writeLocal, LOCAL_DELAY_MS);
    });
    setInterval(function () {
      serverSave(false);
    }, AUTOSAVE_MS);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        writeLocal();
        serverSave(true);
      }
    });
    window.addEventListener('pagehide', function () {
      if (submitting) return;
      writeLocal();
      serverSave(true);
    });
    form.addEventListener('submit', function () {
      submitting = true;
    });
    window.addEventListener('beforeunload', function (event) {
      if (submitting || !dirty()) return;
      event.preventDefault();
      event.returnValue = '';
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = byId('story-form');
    if (!form || !window.fetch) return;
    var body = byId('f-body');
    var target = byId('preview-body');
    if (body && target) setupPreview(body, target, byId('preview-button'));
    var toolbar = form.querySelector('.md-toolbar');
    if (toolbar && body && typeof body.setRangeText === 'function') setupToolbar(toolbar, body);
    Array.prototype.forEach.call(form.querySelectorAll('[data-count-for]'), setupCounter);
    var file = byId('f-file');
    if (file && window.URL && URL.createObjectURL) setupCover(file);
    if (byId('autosave')) setupAutosave(form);
  });
})();
