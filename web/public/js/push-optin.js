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
  function remember(id) {
    subscriptionId = id;
    try {
      if (id) localStorage.setItem(STORE_KEY, id);
      else localStorage.removeItem(STORE_KEY);
    } catch (e) { /* private mode: the device's row is found again at the next subscribe (upsert by endpoint) */ }
  }
  function remembered() {
    try { return localStorage.getItem(STORE_KEY); } catch (e) { return null; }
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

  function sendSubscription(subscription) {
    var json = subscription.toJSON();
    return api('POST', '/api/push/subscriptions', {
      endpoint: json.endpoint,
      keys: { p256dh: json.keys && json.keys.p256dh, auth: json.keys && json.keys.auth },
      topics: chosenTopics(),
      lang: lang(),
    }).then(function (answer) {
      remember(answer && answer.subscription ? answer.subscription.id : null);
      if (answer && answer.subscription) showTopics(answer.subscription.topics);
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
          .then(sendSubscription)
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
      .then(function () { say('saved'); })
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
