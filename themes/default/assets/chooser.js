/*
 * Root chooser: sends the reader to the best edition for navigator.languages (exact language-country first,
 * else the first edition of that language), unless they chose before (remembered) or the URL has ?choose.
 * Without script the page is a plain list of links.
 */
(function () {
  'use strict';
  var STORAGE_KEY = 'helpgen.locale';
  var links = Array.prototype.slice.call(document.querySelectorAll('a[data-locale][data-bcp47]'));

  function read() {
    try { return window.localStorage.getItem(STORAGE_KEY); } catch (e) { return null; }
  }

  function remember(code) {
    try { window.localStorage.setItem(STORAGE_KEY, code); } catch (e) { /* storage may be disabled */ }
  }

  links.forEach(function (link) {
    link.addEventListener('click', function () { remember(link.getAttribute('data-locale')); });
  });

  function byCode(code) {
    return links.filter(function (link) { return link.getAttribute('data-locale') === code; })[0];
  }

  function bestMatch(preferences) {
    for (var i = 0; i < preferences.length; i++) {
      var wanted = String(preferences[i]).toLowerCase();
      var language = wanted.split('-')[0];
      var exact = null;
      var sameLanguage = null;
      links.forEach(function (link) {
        var tag = link.getAttribute('data-bcp47').toLowerCase();
        if (!exact && tag === wanted) { exact = link; }
        if (!sameLanguage && tag.split('-')[0] === language) { sameLanguage = link; }
      });
      if (exact || sameLanguage) { return exact || sameLanguage; }
    }
    return null;
  }

  if (/[?&]choose(=|&|$)/.test(window.location.search)) { return; }
  var target = byCode(read()) ||
    bestMatch(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']);
  if (target) { window.location.replace(target.href); }
})();
