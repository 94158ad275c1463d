// "Lưu để chia sẻ sau": keeps a story on the phone (its square card, captions with hashtags,
// link, and the page itself) so it can be opened and shared with no connection.
// - On a story page it puts a button into `[data-save-slot]`.
// - On the saved list (/da-luu, /saved) it lists what is kept, shares a story through the
//   share sheet with the card as a file (or copies caption + link where there is none),
//   removes one, or clears everything.
// Everything lives in Cache Storage under SAVED_CACHE, which the service worker (/sw.js)
// reads when offline and never deletes on update. The page gives this script its words and
// caps as JSON (`script[data-saved]`). Past the caps the oldest stories go, and the reader
// is told which.
(function () {
  'use strict';

  var SAVED_CACHE = 'lantoa-saved-v1'; // keep in step with SAVED_CACHE in /sw.js
  var INDEX_KEY = '/__saved/index.json';

  var island = document.querySelector('script[data-saved]');
  if (!island) return;
  var data;
  try {
    data = JSON.parse(island.textContent || '{}');
  } catch (e) {
    return;
  }
  var msg = data.messages || {};
  var limits = data.limits || { stories: 30, bytes: 20 * 1024 * 1024 };
  var lang = data.lang === 'en' ? 'en' : 'vi';
  var supported = 'caches' in window && typeof window.fetch === 'function';

  function fill(template, params) {
    return String(template || '').replace(/\{(\w+)\}/g, function (whole, name) {
      return name in params ? String(params[name]) : whole;
    });
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function megabytes(bytes) {
    var locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale) + ' KB';
    return (bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 }) + ' MB';
  }

  var TIME = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

  /** `29/11/2026 22:55`, Vietnam time, as every date on the site. */
  function vietnamTime(ms) {
    var p = {};
    TIME.formatToParts(ms).forEach(function (part) {
      p[part.type] = part.value;
    });
    return p.day + '/' + p.month + '/' + p.year + ' ' + p.hour + ':' + p.minute;
  }

  // ---- storage -------------------------------------------------------------------------

  /** One change at a time: two quick taps must not both rewrite the index. */
  var queue = Promise.resolve();
  function serially(task) {
    var run = queue.then(task, task);
    queue = run.catch(function () {});
    return run;
  }

  function pageKey(entry) {
    return location.origin + entry.path;
  }

  function readIndex(cache) {
    return cache
      .match(INDEX_KEY)
      .then(function (res) {
        return res ? res.json() : null;
      })
      .then(function (index) {
        return index && Array.isArray(index.stories) ? index : { stories: [] };
      })
      .catch(function () {
        return { stories: [] };
      });
  }

  function writeIndex(cache, index) {
    return cache.put(INDEX_KEY, new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } }));
  }

  function forget(cache, entry) {
    return Promise.all([cache.delete(entry.card), cache.delete(pageKey(entry))]);
  }

  function totalBytes(index) {
    return index.stories.reduce(function (sum, s) {
      return sum + (s.bytes || 0);
    }, 0);
  }

  function savedStories() {
    return caches.open(SAVED_CACHE).then(readIndex);
  }

  /** Keep `story` (newest first); resolves to the stories dropped to stay within the caps. */
  function save(story) {
    return serially(function () {
      return caches.open(SAVED_CACHE).then(function (cache) {
        // The copies a signed-out reader gets: a signed-in page is private and is not kept.
        var card = fetch(story.card, { credentials: 'omit' }).then(function (res) {
          if (!res.ok) throw new Error('card: ' + res.status);
          return res.blob();
        });
        var page = fetch(story.path, { credentials: 'omit', headers: { accept: 'text/html' } })
          .then(function (res) {
            return res.ok ? res.text() : null;
          })
          .catch(function () {
            return null;
          });
        return Promise.all([card, page]).then(function (got) {
          var cardBlob = got[0];
          var html = got[1];
          var now = Date.now();
          var entry = {
            id: story.id,
            slug: story.slug,
            path: story.path,
            url: story.url,
            title: story.title,
            summary: story.summary,
            province: story.province,
            captions: story.captions,
            hashtags: story.hashtags,
            card: story.card,
            cardAlt: story.cardAlt,
            savedAt: now,
            bytes: cardBlob.size + (html ? new Blob([html]).size : 0) + JSON.stringify(story).length,
          };
          var puts = [cache.put(story.card, new Response(cardBlob, { headers: { 'content-type': 'image/png' } }))];
          if (html) {
            var headers = { 'content-type': 'text/html; charset=utf-8', 'x-lantoa-seen-at': String(now) };
            puts.push(cache.put(pageKey(entry), new Response(html, { headers: headers })));
          }
          return Promise.all(puts)
            .then(function () {
              return readIndex(cache);
            })
            .then(function (index) {
              index.stories = index.stories.filter(function (s) {
                return s.path !== entry.path;
              });
              index.stories.unshift(entry);
              var dropped = [];
              while (index.stories.length > 1 && (index.stories.length > limits.stories || totalBytes(index) > limits.bytes)) {
                dropped.push(index.stories.pop());
              }
              return Promise.all(
                dropped.map(function (d) {
                  return forget(cache, d);
                }),
              )
                .then(function () {
                  return writeIndex(cache, index);
                })
                .then(function () {
                  return dropped;
                });
            });
        });
      });
    });
  }

  function remove(path) {
    return serially(function () {
      return caches.open(SAVED_CACHE).then(function (cache) {
        return readIndex(cache).then(function (index) {
          var gone = index.stories.filter(function (s) {
            return s.path === path;
          });
          index.stories = index.stories.filter(function (s) {
            return s.path !== path;
          });
          return Promise.all(
            gone.map(function (entry) {
              return forget(cache, entry);
            }),
          ).then(function () {
            return writeIndex(cache, index);
          });
        });
      });
    });
  }

  function clearAll() {
    return serially(function () {
      return caches.delete(SAVED_CACHE);
    });
  }

  /** Ask the browser not to evict saved stories when the phone runs short of space. */
  function askToPersist() {
    if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function () {});
  }

  // ---- sharing -------------------------------------------------------------------------

  function captionOf(entry) {
    return (entry.captions && entry.captions[0]) || entry.summary || entry.title;
  }

  /** What a post carries: the caption (hashtags included) and the link to the story. */
  function shareText(entry) {
    return captionOf(entry) + '\n\n' + entry.url;
  }

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = el('textarea', { readonly: '', class: 'visually-hidden' });
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      area.remove();
      if (ok) resolve();
      else reject(new Error('copy refused'));
    });
  }

  // ---- the story page: the button ------------------------------------------------------

  function storyPage(story) {
    var slot = document.querySelector('[data-save-slot]');
    if (!slot || !supported) return;
    slot.textContent = '';
    slot.classList.add('save-later');
    var button = el('button', { type: 'button', class: 'button secondary save-later__button', 'data-save-button': '' }, msg['button.save']);
    var status = el('p', { class: 'save-later__status', role: 'status', 'aria-live': 'polite', 'data-save-status': '' });
    var link = el('a', { href: '/da-luu', class: 'save-later__link', hidden: '' }, msg.link);
    slot.append(button, status, link);
    var isSaved = false;

    function show(saved) {
      isSaved = saved;
      button.textContent = saved ? msg['button.remove'] : msg['button.save'];
      link.hidden = !saved;
    }

    savedStories().then(function (index) {
      show(
        index.stories.some(function (s) {
          return s.path === story.path;
        }),
      );
    });

    button.addEventListener('click', function () {
      button.disabled = true;
      if (isSaved) {
        remove(story.path).then(
          function () {
            show(false);
            status.textContent = msg['status.removed'];
          },
          function () {
            status.textContent = msg['status.failed'];
          },
        ).then(function () {
          button.disabled = false;
        });
        return;
      }
      button.textContent = msg['button.saving'];
      save(story)
        .then(
          function (dropped) {
            show(true);
            var words = msg['status.saved'];
            if (dropped.length > 0) {
              var titles = dropped
                .map(function (d) {
                  return '“' + d.title + '”';
                })
                .join(', ');
              words += ' ' + fill(msg['status.dropped'], { maxCount: limits.stories, maxSize: megabytes(limits.bytes), titles: titles });
            }
            status.textContent = words;
            askToPersist();
          },
          function () {
            show(false);
            status.textContent = msg['status.failed'];
          },
        )
        .then(function () {
          button.disabled = false;
        });
    });
  }

  // ---- the saved list ------------------------------------------------------------------

  function listPage(root) {
    var needsJs = root.querySelector('[data-saved-needs-js]');
    var usage = root.querySelector('[data-saved-usage]');
    var status = root.querySelector('[data-saved-status]');
    var empty = root.querySelector('[data-saved-empty]');
    var list = root.querySelector('[data-saved-list]');
    var clear = root.querySelector('[data-saved-clear]');
    var ask = root.querySelector('[data-saved-clear-ask]');
    var confirmBox = root.querySelector('[data-saved-clear-confirm]');
    var question = root.querySelector('[data-saved-clear-question]');
    if (needsJs) needsJs.hidden = true;
    if (!supported) {
      status.textContent = msg.unsupported;
      return;
    }
    var objectUrls = [];
    var count = 0;

    function say(text) {
      status.textContent = text;
    }

    function item(entry, blob) {
      var li = el('li', { class: 'saved-item', 'data-saved-item': entry.path });
      var file = blob ? new File([blob], 'lan-toa-' + entry.slug + '.png', { type: 'image/png' }) : null;
      if (blob) {
        var url = URL.createObjectURL(blob);
        objectUrls.push(url);
        li.appendChild(el('img', { class: 'saved-item__card', src: url, alt: entry.cardAlt || fill(msg.cardAlt, { title: entry.title }), width: '1080', height: '1080' }));
      }
      var body = el('div', { class: 'saved-item__body' });
      var heading = el('h2', { class: 'saved-item__title' });
      heading.appendChild(el('a', { href: entry.path, lang: 'vi' }, entry.title));
      body.appendChild(heading);
      var meta = [entry.province, fill(msg.savedAt, { time: vietnamTime(entry.savedAt) })].filter(Boolean).join(' · ');
      body.appendChild(el('p', { class: 'saved-item__meta muted' }, meta));
      // The caption as it will be posted (the link is added when sharing or copying).
      var caption = el('p', { class: 'saved-item__caption', lang: 'vi' }, captionOf(entry));
      body.appendChild(caption);
      var actions = el('div', { class: 'saved-item__actions' });
      var shareButton = el('button', { type: 'button', class: 'button', 'data-saved-share': '' }, msg.share);
      shareButton.appendChild(el('span', { class: 'visually-hidden' }, ': ' + entry.title));
      var copyButton = el('button', { type: 'button', class: 'button secondary', 'data-saved-copy': '' }, msg.copy);
      var removeButton = el('button', { type: 'button', class: 'button secondary', 'data-saved-remove': '' }, msg.remove);
      removeButton.appendChild(el('span', { class: 'visually-hidden' }, ': ' + entry.title));
      actions.append(shareButton, copyButton, removeButton);
      li.append(body, actions);

      function copy() {
        return copyText(shareText(entry)).then(
          function () {
            say(msg.copied);
          },
          function () {
            say(msg.shareFailed);
          },
        );
      }
      shareButton.addEventListener('click', function () {
        var payload = { title: entry.title, text: shareText(entry) };
        // The card goes as a file where the phone can share one: the post carries the picture
        // even offline, since the file is already on the phone.
        if (file && navigator.canShare && navigator.canShare({ files: [file] })) payload.files = [file];
        if (!navigator.share) {
          copy();
          return;
        }
        navigator.share(payload).then(
          function () {
            say('');
          },
          function (err) {
            if (err && err.name === 'AbortError') return; // the reader closed the sheet
            copy();
          },
        );
      });
      copyButton.addEventListener('click', copy);
      removeButton.addEventListener('click', function () {
        remove(entry.path).then(function () {
          say(fill(msg.removed, { title: entry.title }));
          render();
        });
      });
      return li;
    }

    function render() {
      return caches.open(SAVED_CACHE).then(function (cache) {
        return readIndex(cache).then(function (index) {
          return Promise.all(
            index.stories.map(function (entry) {
              return cache
                .match(entry.card)
                .then(function (res) {
                  return res ? res.blob() : null;
                })
                .catch(function () {
                  return null;
                });
            }),
          ).then(function (blobs) {
            objectUrls.forEach(function (u) {
              URL.revokeObjectURL(u);
            });
            objectUrls = [];
            list.textContent = '';
            index.stories.forEach(function (entry, i) {
              list.appendChild(item(entry, blobs[i]));
            });
            count = index.stories.length;
            empty.hidden = count > 0;
            clear.hidden = count === 0;
            confirmBox.hidden = true;
            ask.setAttribute('aria-expanded', 'false');
            usage.hidden = count === 0;
            usage.textContent = fill(msg.usage, {
              count: count,
              size: megabytes(totalBytes(index)),
              maxCount: limits.stories,
              maxSize: megabytes(limits.bytes),
            });
          });
        });
      });
    }

    ask.addEventListener('click', function () {
      question.textContent = fill(msg.clearConfirm, { count: count });
      confirmBox.hidden = false;
      ask.setAttribute('aria-expanded', 'true');
      var yes = confirmBox.querySelector('[data-saved-clear-yes]');
      if (yes) yes.focus();
    });
    confirmBox.querySelector('[data-saved-clear-no]').addEventListener('click', function () {
      confirmBox.hidden = true;
      ask.setAttribute('aria-expanded', 'false');
      ask.focus();
    });
    confirmBox.querySelector('[data-saved-clear-yes]').addEventListener('click', function () {
      clearAll()
        .then(render)
        .then(function () {
          say(msg.cleared);
          // The controls just used are gone: put focus back at the top of the list.
          var heading = document.getElementById('saved-title');
          if (heading) {
            heading.setAttribute('tabindex', '-1');
            heading.focus();
          }
        });
    });

    render();
  }

  var root = document.querySelector('[data-saved-page]');
  if (root) listPage(root);
  else if (data.story) storyPage(data.story);
})();
