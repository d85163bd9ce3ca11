/*
 * The staff editors, made quicker with JavaScript; every part also works without it. Uploads show their progress,
 * the description's preview appears in place, result and component rows can be added, long checkbox lists can be
 * filtered, and removing a file asks first.
 */
(function () {
  'use strict';

  function say(form, text) {
    var box = form.querySelector('.js-message');
    if (!box) {
      box = document.createElement('p');
      box.className = 'field-error js-message';
      box.setAttribute('role', 'alert');
      form.insertBefore(box, form.firstChild);
    }
    box.textContent = text;
  }

  // Uploads: a size check before anything is sent, then the upload with a progress bar.
  document.querySelectorAll('form[data-upload]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type="file"]');
      if (!input || !input.files || !input.files.length) {
        return;
      }
      var max = Number(form.getAttribute('data-max-bytes') || 0);
      if (max && input.files[0].size > max) {
        event.preventDefault();
        say(form, form.getAttribute('data-too-large'));
        return;
      }
      var box = form.querySelector('.progress');
      if (!box || !window.FormData || !window.XMLHttpRequest) {
        return;
      }
      event.preventDefault();
      var bar = box.querySelector('progress');
      var text = box.querySelector('.progress-text');
      var button = form.querySelector('button[type="submit"]');
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('X-Requested-With', 'fetch');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          var percent = Math.round(e.loaded * 100 / e.total);
          bar.value = percent;
          text.textContent = percent + ' %';
        }
      });
      xhr.upload.addEventListener('load', function () {
        bar.value = 100;
        text.textContent = form.getAttribute('data-reading');
      });
      function failed(message) {
        button.disabled = false;
        text.textContent = '';
        box.hidden = true;
        say(form, message);
      }
      xhr.addEventListener('load', function () {
        if (xhr.status === 200) {
          try {
            var target = new URL(JSON.parse(xhr.responseText).location, window.location.href);
            if (target.pathname === window.location.pathname && target.search === window.location.search) {
              // Only the fragment differs: assigning would just scroll, so load the page again to show the result.
              window.location.hash = target.hash;
              window.location.reload();
            } else {
              window.location.assign(target.href);
            }
            return;
          } catch (ignored) {
            // fall through to the message
          }
        }
        failed(form.getAttribute(xhr.status === 413 ? 'data-too-large' : 'data-failed'));
      });
      xhr.addEventListener('error', function () {
        failed(form.getAttribute('data-failed'));
      });
      box.hidden = false;
      button.disabled = true;
      xhr.send(new FormData(form));
    });
  });

  // The description's preview in place, rendered and sanitised by the portal exactly as the public page shows it.
  document.querySelectorAll('button[data-preview]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-preview'));
    var region = document.getElementById('podglad');
    button.addEventListener('click', function (event) {
      var token = button.form.querySelector('input[name="_csrf"]');
      if (!field || !region || !token || !window.fetch) {
        return;
      }
      event.preventDefault();
      var body = new URLSearchParams();
      body.append('tekst', field.value);
      body.append('_csrf', token.value);
      fetch(button.getAttribute('data-preview-url'), {method: 'POST', body: body, credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          region.querySelector('.prose').innerHTML = html;
          region.hidden = false;
          // Focus on the preview's heading: a region that appears and fills at once is not reliably announced.
          region.querySelector('h2').focus();
        })
        .catch(function () { button.form.requestSubmit(button); });
    });
  });

  // One more result or component row, numbered like the others.
  document.querySelectorAll('fieldset[data-rows]').forEach(function (set) {
    var add = document.createElement('button');
    add.type = 'button';
    add.className = 'secondary';
    add.textContent = set.getAttribute('data-add-label');
    add.addEventListener('click', function () {
      var rows = set.querySelectorAll('.row');
      var index = rows.length;
      var copy = rows[rows.length - 1].cloneNode(true);
      copy.id = set.getAttribute('data-rows') + '-' + index;
      copy.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
      copy.querySelectorAll('input, textarea, label').forEach(function (el) {
        ['id', 'for', 'name'].forEach(function (a) {
          var v = el.getAttribute(a);
          if (v) {
            el.setAttribute(a, v.replace(/\[\d+\]/, '[' + index + ']').replace(/-\d+-/, '-' + index + '-'));
          }
        });
        if (el.tagName !== 'LABEL') {
          el.value = '';
        } else if (el.classList.contains('numbered')) {
          el.textContent = el.textContent.replace(/\d+/, String(index + 1));
        }
      });
      set.insertBefore(copy, add);
      copy.querySelector('input, textarea').focus();
    });
    set.appendChild(add);
  });

  // A filter box above long checkbox lists.
  document.querySelectorAll('fieldset[data-filter="true"]').forEach(function (set) {
    var id = set.id + '-filtr';
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = set.getAttribute('data-filter-label');
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.className = 'list-filter';
    input.addEventListener('input', function () {
      var wanted = input.value.trim().toLowerCase();
      set.querySelectorAll('.check').forEach(function (item) {
        var text = item.textContent.toLowerCase();
        var checked = item.querySelector('input').checked;
        item.hidden = wanted !== '' && !checked && text.indexOf(wanted) < 0;
      });
    });
    var list = set.querySelector('.check-list');
    set.insertBefore(label, list);
    set.insertBefore(input, list);
  });

  // Removing a file asks first.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
}());
