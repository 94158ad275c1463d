// /me "Phone notifications": subscribes this browser to Web Push and tells the server which
// topics it wants (POST /api/push/subscriptions), changes them (PATCH …/:id) and turns push
// off on this device (POST /api/push/unsubscribe, then PushSubscription.unsubscribe()).
// Without this script the section only explains what notifications need. The service worker
// (/sw.js, registered by sw-register.js) shows the notifications.
(function () {
  'use strict';
  var section = document.querySelector('[data-push-optin]');
  if (!section) return;
  var form = section.querySelector('[data-push-form]');
  var staticPart = section.querySelector('[data-push-static]');
  var onButton = section.querySelector('[data-push-on]');
  var offButton = section.querySelector('[data-push-off]');
  var stateLine = section.querySelector('[data-push-state]');
  var words = {};
  try {
    words = JSON.parse(section.querySelector('[data-push-words]').textContent || '{}');
  } catch (e) {
    words = {};
  }
  var TOPICS = ['campaigns', 'corrections', 'verdicts'];
  /** Which server row is this device's (GET /api/push/subscriptions lists hosts, not endpoints). */
  var STORE_KEY = 'lantoa-push-subscription';
  /** Who turned push on here, and with which topics: /me re-posts the subscription for that account only. */
  var ACCOUNT_KEY = 'lantoa-push-account';
  var TOPICS_KEY = 'lantoa-push-topics';
  var account = section.getAttribute('data-push-account') || '';
  var subscriptionId = null;

  function say(key) {
    stateLine.textContent = words[key] || '';
  }
  function lang() {
    return document.documentElement.lang === 'en' ? 'en' : 'vi';
  }
  function boxes() {
    return TOPICS.map(function (topic) { return form.querySelector('input[name="' + topic + '"]'); });
  }
  function chosenTopics() {
    var out = {};
    boxes().forEach(function (box, i) { out[TOPICS[i]] = !!(box && box.checked); });
    return out;
  }
  function showTopics(topics) {
    boxes().forEach(function (box, i) { if (box && topics && typeof topics[TOPICS[i]] === 'boolean') box.checked = topics[TOPICS[i]]; });
  }
  function anyChosen(topics) {
    return TOPICS.some(function (t) { return topics[t]; });
  }
  /** Shows the controls for `mode`: 'off' (the on button), 'on' (the off button) or 'none' (state words only). */
  function controls(mode) {
    form.hidden = mode === 'none';
    // The form repeats the topics as checkboxes; without it, the plain list explains them.
    staticPart.hidden = mode !== 'none';
    onButton.hidden = mode !== 'off';
    offButton.hidden = mode !== 'on';
  }
  function remember(id, topics) {
    subscriptionId = id;
    try {
      if (id) {
        localStorage.setItem(STORE_KEY, id);
        localStorage.setItem(ACCOUNT_KEY, account);
        if (topics) localStorage.setItem(TOPICS_KEY, JSON.stringify(topics));
      } else {
        localStorage.removeItem(STORE_KEY);
        localStorage.removeItem(ACCOUNT_KEY);
        localStorage.removeItem(TOPICS_KEY);
      }
    } catch (e) { /* private mode: the device's row is found again at the next subscribe (upsert by endpoint) */ }
  }
  function remembered() {
    try { return localStorage.getItem(STORE_KEY); } catch (e) { return null; }
  }
  function rememberedAccount() {
    try { return localStorage.getItem(ACCOUNT_KEY); } catch (e) { return null; }
  }
  function rememberedTopics() {
    try {
      var topics = JSON.parse(localStorage.getItem(TOPICS_KEY) || 'null');
      return topics && typeof topics === 'object' ? topics : null;
    } catch (e) { return null; }
  }
  function api(method, path, body) {
    var init = { method: method, credentials: 'same-origin', headers: { accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (res) {
      if (!res.ok) throw new Error(method + ' ' + path + ' ' + res.status);
      // 204 or an empty body (unsubscribe) is fine: only a body that is there is read as JSON.
      return res.text().then(function (text) { return text ? JSON.parse(text) : null; });
    });
  }
  /** base64url → bytes, for applicationServerKey. */
  function keyBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) base64 += '=';
    var raw = atob(base64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }
  /** The service worker's registration, or null when none becomes ready in time (private mode, storage refused). */
  function registration() {
    return Promise.race([
      navigator.serviceWorker.ready,
      new Promise(function (resolve) { setTimeout(function () { resolve(null); }, 10000); }),
    ]);
  }
  function isIos() {
    return /iPhone|iPad|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  }
  function installed() {
    return navigator.standalone === true || (window.matchMedia && window.matchMedia('(display-mode: standalone)').matches);
  }
  function supported() {
    return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  }

  var publicKey = null;
  var reg = null;

  /** Posts (upserts) this browser's subscription; `topics` null: the server keeps its own (all on for a row it lost). */
  function sendSubscription(subscription, topics) {
    var json = subscription.toJSON();
    var body = {
      endpoint: json.endpoint,
      keys: { p256dh: json.keys && json.keys.p256dh, auth: json.keys && json.keys.auth },
      lang: lang(),
    };
    if (topics) body.topics = topics;
    return api('POST', '/api/push/subscriptions', body).then(function (answer) {
      var saved = answer && answer.subscription;
      remember(saved ? saved.id : null, saved ? saved.topics : null);
      if (saved) showTopics(saved.topics);
    });
  }

  function turnOn() {
    if (!anyChosen(chosenTopics())) return say('noTopic');
    onButton.disabled = true;
    // Asked only here, after the member pressed the button: browsers refuse (or quietly block) prompts nobody asked for.
    Promise.resolve(Notification.requestPermission())
      .then(function (permission) {
        if (permission === 'denied') {
          controls('none');
          return say('blocked');
        }
        if (permission !== 'granted') return say('denied');
        return reg.pushManager
          .getSubscription()
          .then(function (existing) {
            return existing || reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
          })
          .then(function (subscription) { return sendSubscription(subscription, chosenTopics()); })
          .then(function () {
            controls('on');
            say('onHere');
            offButton.focus();
          });
      })
      .catch(function () { say('failed'); })
      .then(function () { onButton.disabled = false; });
  }

  function turnOff() {
    offButton.disabled = true;
    reg.pushManager
      .getSubscription()
      .then(function (subscription) {
        if (!subscription) return null;
        // The server forgets it first: a device that cannot reach the server keeps its subscription, and says so.
        return api('POST', '/api/push/unsubscribe', { endpoint: subscription.toJSON().endpoint }).then(function () {
          return subscription.unsubscribe();
        });
      })
      .then(function () {
        remember(null);
        controls('off');
        say('offHere');
        onButton.focus();
      })
      .catch(function () { say('failed'); })
      .then(function () { offButton.disabled = false; });
  }

  function topicsChanged() {
    if (onButton.hidden === false || !subscriptionId) return; // off: the choice is sent when turned on
    var topics = chosenTopics();
    if (!anyChosen(topics)) return say('noTopic');
    api('PATCH', '/api/push/subscriptions/' + encodeURIComponent(subscriptionId), { topics: topics })
      .then(function () {
        remember(subscriptionId, topics);
        say('saved');
      })
      .catch(function () { say('failed'); });
  }

  /** This device's state: on (the server knows its subscription), off, or why it cannot be. */
  function start() {
    var noScript = section.querySelector('[data-push-nojs]');
    if (noScript) noScript.hidden = true;
    if (!supported()) {
      say(isIos() && !installed() ? 'iphone' : 'unsupported');
      return;
    }
    say('checking');
    api('GET', '/api/push/key')
      .then(function (answer) {
        publicKey = answer && answer.publicKey;
        if (!publicKey) return say('serverOff');
        if (Notification.permission === 'denied') return say('blocked');
        return registration().then(function (found) {
          reg = found;
          if (!reg || !reg.pushManager) return say('unsupported');
          return reg.pushManager.getSubscription().then(function (subscription) {
            // Turned on here by this account: post it again (an upsert), so a server that lost the
            // row (restored, or the push service changed it while the worker was signed out) has it back.
            if (subscription && Notification.permission === 'granted' && account && rememberedAccount() === account) {
              return sendSubscription(subscription, rememberedTopics()).then(function () {
                controls('on');
                say('onHere');
              });
            }
            var id = remembered();
            if (!subscription || !id) {
              controls('off');
              return say('offHere');
            }
            return api('GET', '/api/push/subscriptions').then(function (list) {
              var mine = (list && list.items ? list.items : []).filter(function (item) { return item.id === id; })[0];
              if (!mine) {
                remember(null);
                controls('off');
                return say('offHere');
              }
              subscriptionId = mine.id;
              showTopics(mine.topics);
              controls('on');
              say('onHere');
            });
          });
        });
      })
      .catch(function () { say('failed'); });
  }

  onButton.addEventListener('click', turnOn);
  offButton.addEventListener('click', turnOff);
  form.addEventListener('change', topicsChanged);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  start();
})();
