// Share kit, progressive enhancement. Without this script the kit is a form that
// posts to /share and opens a hand-off page in a new tab; with it:
// - network buttons get a tracked link from POST /api/shares and open the network directly,
// - "copy link" and "copy caption" write to the clipboard (caption + tracked link),
// - Zalo without an Official Account: copy the link, then open Zalo,
// - the Web Share API (with the card as a file where supported) on devices that have it,
// - card downloads are counted as shares.
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

  function say(kit, key) {
    var status = kit.querySelector('[data-share-status]');
    if (status) status.textContent = kit.dataset[key] || '';
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

  /**
   * Zalo without an Official Account: copy the tracked link first (the page must still
   * have focus for the clipboard), then open Zalo for the member to paste it.
   */
  function copyThenOpenZalo(kit, form) {
    var share = postShare(kit, 'zalo', chosenCaption(form));
    copyLater(
      share.then(function (s) {
        return s.url;
      }),
    )
      .then(function () {
        return share;
      })
      .then(
        function (s) {
          say(kit, 'msgZaloCopied');
          var tab = window.open(s.links.zalo, '_blank');
          if (tab) tab.opener = null;
        },
        function () {
          say(kit, 'msgFailed');
        },
      );
  }

  function shareSheet(kit, form, button) {
    var text = chosenCaption(form);
    if (button._ready) {
      // Second tap after the browser refused a share that came too long after the first.
      var ready = button._ready;
      button._ready = null;
      navigator.share(ready).catch(function () {});
      return;
    }
    var card = fetch(kit.dataset.cardUrl)
      .then(function (res) {
        return res.ok ? res.blob() : null;
      })
      .catch(function () {
        return null;
      });
    Promise.all([postShare(kit, 'webshare', text), card])
      .then(function (results) {
        var data = { title: kit.dataset.title, text: text, url: results[0].url };
        var blob = results[1];
        if (blob && typeof File === 'function') {
          var file = new File([blob], 'lan-toa.png', { type: 'image/png' });
          if (navigator.canShare && navigator.canShare({ files: [file] })) data.files = [file];
        }
        return navigator.share(data).catch(function (err) {
          if (err && err.name === 'NotAllowedError') {
            button._ready = data;
            say(kit, 'msgTapAgain');
          }
        });
      })
      .catch(function () {
        say(kit, 'msgFailed');
      });
  }

  function enhance(kit) {
    var form = kit.querySelector('[data-share-form]');
    if (!form || !window.fetch) return;

    kit.querySelectorAll('[data-copy-caption]').forEach(function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        var area = form.querySelector('#share-caption-' + button.dataset.copyCaption);
        var caption = area ? area.value.trim() : '';
        copyLater(
          copyLink(kit).then(function (url) {
            return caption + '\n\n' + url;
          }),
        ).then(
          function () {
            say(kit, 'msgCaptionCopied');
          },
          function () {
            say(kit, 'msgFailed');
          },
        );
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
        if (channel === 'zalo' && kit.dataset.zaloMode !== 'widget') {
          if (!navigator.clipboard) return; // the hand-off page shows the link and an "Open Zalo" button
          event.preventDefault();
          copyThenOpenZalo(kit, form);
          return;
        }
        event.preventDefault();
        openNetwork(kit, form, channel);
      });
    });

    var webshare = kit.querySelector('[data-webshare]');
    if (webshare && typeof navigator.share === 'function') {
      webshare.hidden = false;
      webshare.addEventListener('click', function () {
        shareSheet(kit, form, webshare);
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
})();
