/*
 * Autocomplete for the search box, after the WAI-ARIA 1.2 combobox pattern with list autocomplete: suggestions
 * appear below the box as a listbox; Down and Up move through them while the focus stays in the box
 * (aria-activedescendant), Enter on a suggestion opens it, Enter on the typed text searches as before, Escape closes
 * the list. A live region says how many suggestions there are. Requests wait until typing pauses and a newer request
 * cancels an older one. Without this script the box is the plain search form.
 */
(function () {
  'use strict';

  var form = document.querySelector('form[data-suggest]');
  var input = form && form.querySelector('input[name="q"]');
  if (!input || !window.fetch || !window.JSON) {
    return;
  }
  var data = form.dataset;
  var MIN = 2;
  var PAUSE = 200;

  var list = document.createElement('ul');
  list.id = 'q-suggestions';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', data.list || '');
  list.hidden = true;
  var status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  input.parentNode.appendChild(list);
  input.parentNode.appendChild(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');

  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(data.lang || 'pl') : null;
  var items = [];
  var active = -1;
  var timer = null;
  var pending = null;

  function kindLabel(kind) {
    return data['kind' + kind.charAt(0).toUpperCase() + kind.slice(1)] || '';
  }

  function announce(count) {
    if (count === 0) {
      status.textContent = data.countNone || '';
    } else if ((plural ? plural.select(count) : (count === 1 ? 'one' : 'other')) === 'one') {
      status.textContent = data.countOne || '';
    } else {
      status.textContent = (data.countOther || '').replace('{0}', String(count));
    }
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    mark(-1);
  }

  function open() {
    if (items.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  }

  function mark(index) {
    if (active >= 0 && list.children[active]) {
      list.children[active].setAttribute('aria-selected', 'false');
    }
    active = index;
    if (active >= 0) {
      var option = list.children[active];
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      if (option.scrollIntoView) {
        option.scrollIntoView({block: 'nearest'});
      }
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(suggestions, speak) {
    close();
    list.textContent = '';
    items = suggestions;
    items.forEach(function (s, i) {
      var option = document.createElement('li');
      option.id = 'q-suggestion-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      var text = document.createElement('span');
      text.className = 'suggestion-text';
      text.textContent = s.text;
      var kind = document.createElement('span');
      kind.className = 'suggestion-kind';
      kind.textContent = kindLabel(s.kind);
      option.appendChild(text);
      option.appendChild(kind);
      // Pressing on an option must not take the focus from the box before the click chooses it.
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
      });
      option.addEventListener('click', function () {
        choose(i);
      });
      list.appendChild(option);
    });
    open();
    if (speak) {
      announce(items.length);
    } else {
      status.textContent = '';
    }
  }

  function choose(index) {
    var s = items[index];
    if (!s) {
      return;
    }
    close();
    if (s.kind === 'word') {
      input.value = s.text;
      form.submit();
    } else {
      window.location.assign(s.url);
    }
  }

  function request(q) {
    if (pending) {
      pending.abort();
    }
    var controller = window.AbortController ? new AbortController() : null;
    pending = controller;
    var url = data.suggest + '?q=' + encodeURIComponent(q) + '&lang=' + encodeURIComponent(data.lang || 'pl');
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin',
      signal: controller ? controller.signal : undefined})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('suggest ' + response.status);
        }
        return response.json();
      })
      .then(function (body) {
        // An answer to an older text is not shown: the person has typed on.
        if (pending === controller && input.value.trim() === q) {
          show(body.suggestions || [], true);
        }
      })
      .catch(function () {
        // Cancelled or failed: the box still searches as before.
      });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < MIN) {
      if (pending) {
        pending.abort();
        pending = null;
      }
      show([], false);
      return;
    }
    timer = setTimeout(function () {
      request(q);
    }, PAUSE);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'Down') {
      if (!items.length) {
        return;
      }
      event.preventDefault();
      if (list.hidden) {
        open();
        if (event.altKey) {
          return;
        }
      }
      mark(active + 1 < items.length ? active + 1 : 0);
    } else if (event.key === 'ArrowUp' || event.key === 'Up') {
      if (!items.length) {
        return;
      }
      event.preventDefault();
      open();
      mark(active > 0 ? active - 1 : items.length - 1);
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape' || event.key === 'Esc') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });

  input.addEventListener('blur', close);
})();
