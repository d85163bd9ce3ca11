// Search filters, progressively enhanced: without this script they are a form with a button. With it, a ticked box
// applies at once, and on wide screens the filter panel stays open beside the results (on phones it stays folded
// into one "Filtry (N)" control above them).
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var panel = document.getElementById('filtry');
  if (!panel) {
    return;
  }
  var wide = window.matchMedia('(min-width: 50.01rem)');
  function fit() {
    if (wide.matches) {
      panel.open = true;
    }
  }
  fit();
  if (wide.addEventListener) {
    wide.addEventListener('change', fit);
  }
  var form = panel.querySelector('form');
  form.addEventListener('change', function (event) {
    if (event.target.type === 'checkbox') {
      form.submit();
    }
  });
})();
