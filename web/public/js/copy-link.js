// Receipt page: a "copy the link" button beside the private link. Without this
// script the button stays hidden and the link is selected and copied by hand.
(function () {
  function say(button, text) {
    var status = button.closest('.receipt-box') && button.closest('.receipt-box').querySelector('.copy-status');
    if (status) status.textContent = text;
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var input = document.getElementById(button.getAttribute('data-copy'));
      if (!input) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        var done = function () { say(button, button.getAttribute('data-copied')); };
        var fallback = function () {
          // Older browsers and non-secure contexts: select the text and use the legacy command.
          input.focus();
          input.select();
          var ok = false;
          try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
          say(button, ok ? button.getAttribute('data-copied') : button.getAttribute('data-failed'));
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(input.value).then(done, fallback);
        } else {
          fallback();
        }
      });
    });
  });
})();
