/*
 * Default theme behaviour. Everything works without it: it makes the switcher nicer to use (closes when focus
 * leaves it, arrow keys move through it), keeps ?q= when switching from the search page, says why a switch from a
 * country-only article landed on its section (?only=KZ), and keeps in-page links working under <base href> (404).
 */
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

  Array.prototype.forEach.call(menus, function (menu) {
    menu.addEventListener('focusout', function (event) {
      if (menu.open && event.relatedTarget && !menu.contains(event.relatedTarget)) { menu.open = false; }
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') { return; }
      var links = Array.prototype.slice.call(menu.querySelectorAll('a[data-locale]'));
      if (links.length === 0) { return; }
      event.preventDefault();
      if (!menu.open) { menu.open = true; }
      var at = links.indexOf(document.activeElement);
      var next = event.key === 'ArrowDown' ? (at + 1) % links.length : (at <= 0 ? links.length - 1 : at - 1);
      links[next].focus();
    });
  });

  document.addEventListener('click', function (event) {
    Array.prototype.forEach.call(menus, function (menu) {
      if (menu.open && !menu.contains(event.target)) { menu.open = false; }
    });
  });

  var params = new URLSearchParams(window.location.search);
  if (document.body && document.body.classList.contains('page-search') && params.get('q')) {
    Array.prototype.forEach.call(document.querySelectorAll('a[data-locale]'), function (link) {
      link.setAttribute('href', link.getAttribute('href').split('?')[0] + '?q=' + encodeURIComponent(params.get('q')));
    });
  }

  var only = (params.get('only') || '').split(',').filter(function (c) { return /^[A-Z]{2}$/.test(c); });
  var template = document.getElementById('hg-only-in-notice');
  if (only.length > 0 && template && template.content) {
    var lang = document.documentElement.lang || 'en';
    var names = only.map(function (c) {
      try { return new Intl.DisplayNames([lang], { type: 'region' }).of(c); } catch (e) { return c; }
    });
    var notice = template.content.firstElementChild.cloneNode(true);
    notice.textContent = notice.getAttribute('data-text').replace('{countries}', names.join(', '));
    notice.removeAttribute('data-text');
    template.parentNode.insertBefore(notice, template);
  }

  if (document.querySelector('base[href]')) {
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href^="#"]');
      var target = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (!target) { return; }
      event.preventDefault();
      target.scrollIntoView();
      if (target.focus) { target.focus(); }
    });
  }
})();
