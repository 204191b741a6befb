/* Default theme behaviour. Everything works without it; it only makes the switcher nicer to use. */
(function () {
  'use strict';
  var STORAGE_KEY = 'helpgen.locale';

  function remember(code) {
    try { window.localStorage.setItem(STORAGE_KEY, code); } catch (e) { /* storage may be disabled */ }
  }

  var menus = document.querySelectorAll('details[data-switcher]');
  Array.prototype.forEach.call(menus, function (menu) {
    menu.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[data-locale]');
      if (link) { remember(link.getAttribute('data-locale')); }
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.open) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
  });

  document.addEventListener('click', function (event) {
    Array.prototype.forEach.call(menus, function (menu) {
      if (menu.open && !menu.contains(event.target)) { menu.open = false; }
    });
  });
})();
