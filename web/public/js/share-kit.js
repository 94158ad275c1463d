// Share kit, progressive enhancement. Without this script the kit is a form that
// posts to /share and opens a hand-off page in a new tab; with it:
// - network buttons get a tracked link from POST /api/shares and open the network directly,
// - "copy link" and "copy caption" write to the clipboard (caption + tracked link),
// - Zalo without an Official Account: on a phone that can share files, the share sheet with the
//   card and caption (Zalo is in it); elsewhere copy caption + hashtags + link, show how to paste
//   (same tab), then open Zalo,
// - the share bar (fixed to the screen's bottom): "Chia sẻ" = the Web Share API with the card as a
//   PNG file where supported, Zalo, Facebook, "Sao chép" (caption + link),
// - Messenger (touch screens) through its app link,
// - card downloads are counted as shares,
// - the reply kit's copy buttons (a rebuttal's replies, with the tracked link).
(function () {
  'use strict';

  function postShare(kit, channel, text) {
    var body = { story: Number(kit.dataset.story), channel: channel };
    if (text) body.text = text;
    // On a campaign's share page the share is credited to the campaign.
    if (kit.dataset.campaign) body.campaign = Number(kit.dataset.campaign);
    return fetch('/api/shares', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }).then(function (res) {
      if (!res.ok) throw new Error('share failed: ' + res.status);
      return res.json();
    });
  }

  /** A message in the kit's status line, or (for the bar's buttons) in a toast above the bar. */
  function say(kit, key, fromBar) {
    var status = fromBar ? kit.querySelector('[data-bar-status]') : null;
    status = status || kit.querySelector('[data-share-status]');
    if (!status) return;
    status.textContent = kit.dataset[key] || '';
    if (fromBar) {
      clearTimeout(status._clear);
      status._clear = setTimeout(function () {
        status.textContent = '';
      }, 5000);
    }
  }

  /** Whether this browser can hand files to the share sheet (phones mostly). */
  function canShareFiles() {
    if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function' || typeof File !== 'function') return false;
    try {
      return navigator.canShare({ files: [new File([''], 'lan-toa.png', { type: 'image/png' })] });
    } catch (e) {
      return false;
    }
  }

  /** The square card as a PNG file, fetched once per page (started on the first touch of a share button). */
  function cardFile(kit) {
    if (!kit._card) {
      kit._card = fetch(kit.dataset.cardUrl)
        .then(function (res) {
          return res.ok ? res.blob() : null;
        })
        .then(function (blob) {
          return blob && typeof File === 'function' ? new File([blob], 'lan-toa.png', { type: 'image/png' }) : null;
        })
        .catch(function () {
          kit._card = null;
          return null;
        });
    }
    return kit._card;
  }

  /**
   * Write text that is still being fetched. Some browsers (Safari) only allow clipboard
   * writes during the click itself, so where ClipboardItem accepts a promise we hand it
   * over at once; otherwise (or if that is refused) we wait for the text and write it.
   */
  function copyLater(textPromise) {
    var clip = navigator.clipboard;
    if (!clip) return Promise.reject(new Error('no clipboard'));
    var written = null;
    if (typeof window.ClipboardItem === 'function' && clip.write) {
      try {
        var blob = textPromise.then(function (text) {
          return new Blob([text], { type: 'text/plain' });
        });
        written = clip.write([new window.ClipboardItem({ 'text/plain': blob })]);
      } catch (e) {
        written = null;
      }
    }
    var plain = function () {
      return textPromise.then(function (text) {
        return clip.writeText(text);
      });
    };
    return written ? written.catch(plain) : plain();
  }

  function chosenCaption(form) {
    var picked = form.querySelector('input[name="use"]:checked');
    var index = picked ? picked.value : '0';
    var area = form.querySelector('#share-caption-' + index);
    return area ? area.value : '';
  }

  /** One tracked link per page for copying, so copying twice does not count two shares. */
  function copyLink(kit) {
    if (!kit._copyLink) {
      kit._copyLink = postShare(kit, 'copy').then(function (share) {
        return share.url;
      });
      kit._copyLink.catch(function () {
        kit._copyLink = null;
      });
    }
    return kit._copyLink;
  }

  /** Open a blank tab during the click (popup blockers allow it), point it at the network once we know the link. */
  function openNetwork(kit, form, channel) {
    var tab = window.open('', '_blank');
    postShare(kit, channel, chosenCaption(form)).then(
      function (share) {
        var target = share.links[channel];
        if (tab) {
          tab.opener = null;
          tab.location.href = target;
        } else {
          window.location.href = target;
        }
      },
      function () {
        if (tab) tab.close();
        say(kit, 'msgFailed');
      },
    );
  }

  function showZaloHint(kit) {
    var hint = kit.querySelector('[data-zalo-hint]');
    if (!hint) return;
    hint.hidden = false;
    var title = hint.querySelector('h2');
    if (title) title.focus();
  }

  /**
   * Zalo without an Official Account: copy caption (with its hashtags) and the tracked link
   * first (the page must still have focus for the clipboard), show how to paste them in this
   * tab, then open Zalo.
   */
  function copyThenOpenZalo(kit, form, fromBar) {
    var caption = chosenCaption(form).trim();
    var share = postShare(kit, 'zalo', caption);
    copyLater(
      share.then(function (s) {
        return caption ? caption + '\n\n' + s.url : s.url;
      }),
    )
      .then(function () {
        return share;
      })
      .then(
        function (s) {
          say(kit, 'msgZaloCopied', fromBar);
          showZaloHint(kit);
          var tab = window.open(s.links.zalo, '_blank');
          if (tab) tab.opener = null;
        },
        function () {
          say(kit, 'msgFailed', fromBar);
        },
      );
  }

  /** Messenger opens through its app link, in this tab (a new tab would stay blank). */
  function openMessenger(kit, form) {
    postShare(kit, 'messenger', chosenCaption(form)).then(
      function (share) {
        window.location.href = share.links.messenger;
      },
      function () {
        say(kit, 'msgFailed');
      },
    );
  }

  /**
   * The system share sheet with the card (a PNG file, where the browser takes files), the
   * chosen caption and the tracked link. `channel` is what the share counts as: `webshare`,
   * or `zalo` when the Zalo button chose the sheet (the member picks Zalo in it).
   */
  function shareSheet(kit, form, button, channel, fromBar) {
    var text = chosenCaption(form).trim();
    if (button._ready) {
      // Second tap after the browser refused a share that came too long after the first.
      var ready = button._ready;
      button._ready = null;
      navigator.share(ready).catch(function () {});
      return;
    }
    var card = canShareFiles() ? cardFile(kit) : Promise.resolve(null);
    Promise.all([postShare(kit, channel, text), card])
      .then(function (results) {
        var data = { title: kit.dataset.title, text: text, url: results[0].url };
        var file = results[1];
        if (file && navigator.canShare({ files: [file] })) data.files = [file];
        return navigator.share(data).catch(function (err) {
          if (err && err.name === 'NotAllowedError') {
            button._ready = data;
            say(kit, 'msgTapAgain', fromBar);
          }
        });
      })
      .catch(function () {
        say(kit, 'msgFailed', fromBar);
      });
  }

  /** Zalo: the widget link (Official Account), the share sheet with the card (phones), or copy + hint + open. */
  function zalo(kit, form, button, event, fromBar) {
    if (kit.dataset.zaloMode === 'widget') {
      event.preventDefault();
      openNetwork(kit, form, 'zalo');
      return;
    }
    if (canShareFiles()) {
      event.preventDefault();
      say(kit, 'msgSheetZalo', fromBar);
      shareSheet(kit, form, button, 'zalo', fromBar);
      return;
    }
    if (!navigator.clipboard) return; // the form's hand-off page shows the caption, the link and "Open Zalo"
    event.preventDefault();
    copyThenOpenZalo(kit, form, fromBar);
  }

  /** The caption and one tracked link, copied together. */
  function copyCaption(kit, caption, fromBar) {
    copyLater(
      copyLink(kit).then(function (url) {
        return caption ? caption + '\n\n' + url : url;
      }),
    ).then(
      function () {
        say(kit, 'msgCaptionCopied', fromBar);
      },
      function () {
        say(kit, 'msgFailed', fromBar);
      },
    );
  }

  /** The bar fixed to the bottom: the same actions as the kit, with feedback in a toast above it. */
  function enhanceBar(kit, form) {
    var bar = kit.querySelector('[data-share-bar]');
    if (!bar) return;
    var toast = document.createElement('p');
    toast.className = 'share-bar__toast';
    toast.setAttribute('role', 'status');
    toast.setAttribute('data-bar-status', '');
    bar.appendChild(toast);
    // Start fetching the card on the first touch, so the share sheet opens within the tap's time.
    bar.addEventListener(
      'pointerdown',
      function () {
        if (canShareFiles()) cardFile(kit);
      },
      { once: true },
    );

    var sheet = bar.querySelector('[data-share-sheet]');
    if (sheet && typeof navigator.share === 'function') {
      sheet.hidden = false;
      sheet.addEventListener('click', function () {
        shareSheet(kit, form, sheet, 'webshare', true);
      });
    }

    bar.querySelectorAll('button[data-bar-channel]').forEach(function (button) {
      button.addEventListener('click', function (event) {
        var channel = button.dataset.barChannel;
        if (channel === 'zalo') {
          zalo(kit, form, button, event, true);
          return;
        }
        if (channel === 'copy') {
          if (!navigator.clipboard) return; // the hand-off page shows the link to copy
          event.preventDefault();
          copyCaption(kit, chosenCaption(form).trim(), true);
          return;
        }
        event.preventDefault();
        openNetwork(kit, form, channel);
      });
    });
  }

  /**
   * The reply kit ("Trả lời bài sai sự thật"): each copy button copies its reply with the member's
   * tracked link (one per page, as "copy link" uses), or the reply as shown (with the story's link)
   * when the tracked link cannot be had. A reply that already carries the link is copied as written.
   */
  function enhanceReplies(kit) {
    var block = kit.querySelector('[data-reply-kit]');
    if (!block || !navigator.clipboard) return;
    var status = block.querySelector('[data-reply-status]');
    var hint = block.querySelector('[data-reply-hint]');
    if (hint) hint.hidden = true;
    function tell(key) {
      if (status) status.textContent = status.dataset[key] || '';
    }
    block.querySelectorAll('[data-copy-reply]').forEach(function (button) {
      var shown = block.querySelector('#' + button.dataset.copyReply);
      if (!shown) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        var reply = (shown.dataset.replyText || '').trim();
        var asShown = shown.textContent.trim();
        var text =
          shown.dataset.replyLinked === 'yes' || !reply
            ? Promise.resolve(asShown)
            : copyLink(kit).then(
                function (url) {
                  return reply + '\n' + url;
                },
                function () {
                  return asShown;
                },
              );
        copyLater(text).then(
          function () {
            tell('msgCopied');
          },
          function () {
            tell('msgFailed');
          },
        );
      });
    });
  }

  function enhance(kit) {
    enhanceReplies(kit);
    var form = kit.querySelector('[data-share-form]');
    if (!form || !window.fetch) return;

    kit.querySelectorAll('[data-copy-caption]').forEach(function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        var area = form.querySelector('#share-caption-' + button.dataset.copyCaption);
        copyCaption(kit, area ? area.value.trim() : '', false);
      });
    });

    kit.querySelectorAll('button[data-channel]').forEach(function (button) {
      button.addEventListener('click', function (event) {
        var channel = button.dataset.channel;
        if (channel === 'copy') {
          if (!navigator.clipboard) return; // the form's hand-off page shows the link instead
          event.preventDefault();
          copyLater(copyLink(kit)).then(
            function () {
              say(kit, 'msgCopied');
            },
            function () {
              say(kit, 'msgFailed');
            },
          );
          return;
        }
        if (channel === 'zalo') {
          zalo(kit, form, button, event, false);
          return;
        }
        event.preventDefault();
        if (channel === 'messenger') openMessenger(kit, form);
        else openNetwork(kit, form, channel);
      });
    });

    var webshare = kit.querySelector('[data-webshare]');
    if (webshare && typeof navigator.share === 'function') {
      webshare.hidden = false;
      webshare.addEventListener('click', function () {
        shareSheet(kit, form, webshare, 'webshare', false);
      });
    }

    enhanceBar(kit, form);

    var hint = kit.querySelector('[data-zalo-hint]');
    var close = hint && hint.querySelector('[data-hint-close]');
    if (close) {
      close.addEventListener('click', function () {
        hint.hidden = true;
      });
    }

    kit.querySelectorAll('[data-download]').forEach(function (link) {
      link.addEventListener('click', function () {
        // Counted, not waited for: the download itself is the browser's job.
        postShare(kit, 'download').catch(function () {});
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-share-kit]').forEach(enhance);
  });
  // A kit put in place after load (the check page's findings, /js/check.js): that script
  // dispatches `lantoa:content` on the new content, and its kits are enhanced like the others.
  document.addEventListener('lantoa:content', function (event) {
    if (event.target && event.target.querySelectorAll) event.target.querySelectorAll('[data-share-kit]').forEach(enhance);
  });
})();
