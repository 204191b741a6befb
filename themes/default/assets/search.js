/*
 * HelpGen search: finds articles in the prebuilt index of the page's locale (<locale>/search/).
 * Plain JavaScript, no dependencies, no build step. In a browser it wires the header search box and the
 * search page; in Node, require() returns the search logic so it can be tested.
 * Over HTTP the index is fetched as JSON; from file:// its .js twins are loaded with <script> tags and
 * call window.HelpGenSearch.register(locale, name, data).
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  }
  if (root && root.document) {
    api.install(root);
  }
}(typeof window !== 'undefined' ? window : this, function () {
  'use strict';

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGITS = {};
  for (var a = 0; a < ALPHABET.length; a++) { DIGITS[ALPHABET.charAt(a)] = a; }
  var WORD_CHAR = /[\p{L}\p{Nd}\p{Mn}\p{Mc}]/u;
  var DIGIT = /\p{Nd}/u;
  var MARK = /\p{Mn}/u;
  var MAX_WORD = 40;

  // ---- Text: must match TextNormalizer and Tokenizer in C# ----

  function normalize(text) {
    return String(text).normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/ß/g, 'ss');
  }

  function fold(word) {
    var d = word.normalize('NFD');
    var out = '';
    for (var i = 0; i < d.length; i++) {
      var c = d.charAt(i);
      if (MARK.test(c)) { continue; }
      var last = out.charAt(out.length - 1);
      if (c === 'e' && (last === 'a' || last === 'o' || last === 'u')) { continue; }
      out += c;
    }
    return out;
  }

  function isWordChar(c) { return WORD_CHAR.test(c); }

  /** The words of a text, with their start and end offsets in the normalized text. */
  function tokenizeWithOffsets(text) {
    var s = normalize(text);
    var words = [];
    var word = '';
    var start = 0;
    var compound = '';
    var compoundStart = 0;
    var parts = 0;
    function add(w, from, to) {
      if (w.length === 1 && !DIGIT.test(w)) { return; }
      words.push({ word: w.length > MAX_WORD ? w.slice(0, MAX_WORD) : w, start: from, end: to });
    }
    for (var i = 0; i <= s.length; i++) {
      var c = i < s.length ? s.charAt(i) : ' ';
      if (isWordChar(c)) {
        if (word === '') { start = i; }
        if (compound === '' && word === '') { compoundStart = i; }
        word += c;
        continue;
      }
      var joinsNext = word !== '' && i + 1 < s.length && isWordChar(s.charAt(i + 1));
      if (joinsNext && (c === '\'' || c === '\u2019' || c === '\u02BC')) { continue; }
      if (word !== '') {
        add(word, start, i);
        compound += word;
        parts++;
        word = '';
      }
      if (joinsNext && (c === '-' || c === '\u2010' || c === '\u2011')) { continue; }
      if (parts > 1) { add(compound, compoundStart, i); }
      compound = '';
      parts = 0;
    }
    return { text: s, words: words };
  }

  function tokenize(text) {
    return tokenizeWithOffsets(text).words.map(function (w) { return w.word; });
  }

  // ---- Index data ----

  function decodePostings(encoded) {
    var out = [];
    var pos = 0;
    var prev = -1;
    function next() {
      var value = 0;
      var shift = 0;
      for (;;) {
        var digit = DIGITS[encoded.charAt(pos++)];
        value += (digit & 31) * Math.pow(2, shift);
        if (digit < 32) { return value; }
        shift += 5;
      }
    }
    while (pos < encoded.length) {
      var doc = prev + 1 + next();
      out.push({ doc: doc, weight: next(), mask: next() });
      prev = doc;
    }
    return out;
  }

  /** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
  function withinOneEdit(a, b) {
    if (a === b) { return true; }
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) { return false; }
    var i = 0;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) { i++; }
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) { return true; }
      return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /** Joins a relative URL prefix and a path, resolving "..": ("../../search/", "../../x/") → "../../../x/". */
  function joinUrl(base, path) {
    var combined = base + path;
    var match = /^([a-z][a-z0-9+.-]*:\/\/[^/]*|\/)?(.*)$/i.exec(combined);
    var prefix = match[1] || '';
    var out = [];
    var segments = match[2].split('/');
    for (var i = 0; i < segments.length; i++) {
      var seg = segments[i];
      var last = i === segments.length - 1;
      if (seg === '.') { if (last) { out.push(''); } continue; }
      if (seg === '..') {
        if (out.length > 0 && out[out.length - 1] !== '..') { out.pop(); } else if (!prefix) { out.push('..'); }
        if (last) { out.push(''); }
        continue;
      }
      if (seg === '' && !last) { continue; }
      out.push(seg);
    }
    var joined = out.join('/');
    return prefix + (joined === '' && !prefix ? './' : joined);
  }

  /** The link of a result, relative like searchFolder (the locale's search folder, "<root><locale>/search/"). */
  function resultHref(searchFolder, url, indexFile, anchor) {
    var href = joinUrl(searchFolder, '../../' + url + (indexFile || ''));
    return anchor ? href + '#' + anchor : href;
  }

  // ---- Engine: loads the index files it needs and ranks documents ----

  function Engine(load, options) {
    this._load = load;
    this._folder = (options && options.folder) || '';
    this._files = {};
    this._shards = {};
    this._postings = {};
  }

  // Every index file but the manifest has a content hash in its name; the manifest's "files" maps t0 to t0.3f9a1c2e.
  Engine.prototype.file = function (name) {
    var self = this;
    if (!self._files[name]) {
      var located = name === 'manifest' ? Promise.resolve(name) : self.manifest().then(function (manifest) {
        return (manifest.files && manifest.files[name]) || name;
      });
      self._files[name] = located.then(function (file) { return self._load(name, file); })
        .catch(function (error) { delete self._files[name]; throw error; });
    }
    return self._files[name];
  };

  Engine.prototype.manifest = function () { return this.file('manifest'); };

  function shardIndexOf(manifest, key) {
    var bounds = manifest.shards;
    var lo = 0;
    var hi = bounds.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (bounds[mid] <= key) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  function prepareShard(data) {
    var entries = Object.keys(data.w).map(function (surface) {
      return { surface: surface, stem: data.w[surface] || surface, key: fold(surface) };
    });
    entries.sort(function (x, y) { return x.key < y.key ? -1 : x.key > y.key ? 1 : (x.surface < y.surface ? -1 : 1); });
    var byFold = {};
    entries.forEach(function (e) { (byFold[e.key] = byFold[e.key] || []).push(e); });
    var stemsByFold = {};
    Object.keys(data.p).forEach(function (stem) { var k = fold(stem); (stemsByFold[k] = stemsByFold[k] || []).push(stem); });
    return { words: data.w, postings: data.p, entries: entries, byFold: byFold, stemsByFold: stemsByFold };
  }

  Engine.prototype.shard = function (index) {
    var self = this;
    if (!self._shards[index]) {
      self._shards[index] = self.file('t' + index).then(prepareShard);
    }
    return self._shards[index];
  };

  Engine.prototype.postings = function (manifest, stem) {
    var self = this;
    if (!self._postings[stem]) {
      self._postings[stem] = self.shard(shardIndexOf(manifest, fold(stem))).then(function (shard) {
        if (!Object.prototype.hasOwnProperty.call(shard.postings, stem)) { return []; }
        var value = shard.postings[stem];
        if (typeof value === 'number') {
          return self.file('p' + value).then(function (data) { return decodePostings(data.p); });
        }
        return decodePostings(value);
      });
    }
    return self._postings[stem];
  };

  function firstAtLeast(entries, key) {
    var lo = 0;
    var hi = entries.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (entries[mid].key < key) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  /** The stems a query word stands for, each with a factor: 1 exact, less for folded, prefix and fuzzy matches. */
  Engine.prototype.resolveWord = function (manifest, word, allowPrefix) {
    var self = this;
    var key = fold(word);
    var first = shardIndexOf(manifest, key);
    var last = Math.min(shardIndexOf(manifest, key + '\uffff'), first + 1);
    var around = [];
    for (var i = Math.max(0, first - 1); i <= Math.min(manifest.shards.length - 1, Math.max(last, first + 1)); i++) { around.push(i); }
    var own = around.filter(function (i) { return i >= first && i <= last; });
    return Promise.all(own.map(function (i) { return self.shard(i); })).then(function (shards) {
      var found = {};
      function add(stem, factor) { if (!(found[stem] >= factor)) { found[stem] = factor; } }
      var home = shards[0];
      if (Object.prototype.hasOwnProperty.call(home.words, word)) {
        add(home.words[word] || word, 1);
      } else {
        (home.byFold[key] || []).forEach(function (e) { add(e.stem, 0.9); });
      }
      var exact = Object.keys(found).length > 0;
      if (key.length >= 2 && (allowPrefix || (!exact && key.length >= 4))) {
        var matches = [];
        shards.forEach(function (shard) {
          for (var j = firstAtLeast(shard.entries, key); j < shard.entries.length && shard.entries[j].key.lastIndexOf(key, 0) === 0; j++) {
            matches.push(shard.entries[j]);
          }
        });
        matches.sort(function (x, y) { return x.surface.length - y.surface.length || (x.surface < y.surface ? -1 : 1); });
        matches.slice(0, 12).forEach(function (e) { add(e.stem, exact ? 0.5 : 0.75); });
      }
      if (Object.keys(found).length > 0) { return found; }
      return self.knownStemPrefix(manifest, key).then(function (stems) {
        stems.forEach(function (stem) { add(stem, 0.8); });
        if (stems.length > 0 || word.length < 5) { return found; }
        return Promise.all(around.map(function (i) { return self.shard(i); })).then(function (near) {
          near.forEach(function (shard) {
            shard.entries.forEach(function (e) { if (withinOneEdit(e.key, key)) { add(e.stem, 0.7); } });
          });
          return found;
        });
      });
    });
  };

  /**
   * For a form never seen at build time ("bankverbindungen"), the longest stem of the index that begins it
   * ("bankverbind"), leaving at most 5 letters of ending: the browser's stand-in for a stemmer.
   */
  Engine.prototype.knownStemPrefix = function (manifest, key) {
    var self = this;
    var lengths = [];
    for (var n = key.length - 1; n >= Math.max(4, key.length - 5); n--) { lengths.push(n); }
    var needed = [];
    lengths.forEach(function (n) { var i = shardIndexOf(manifest, key.slice(0, n)); if (needed.indexOf(i) < 0) { needed.push(i); } });
    return Promise.all(needed.map(function (i) { return self.shard(i); })).then(function (shards) {
      for (var j = 0; j < lengths.length; j++) {
        var shard = shards[needed.indexOf(shardIndexOf(manifest, key.slice(0, lengths[j])))];
        var stems = shard.stemsByFold[key.slice(0, lengths[j])];
        if (stems) { return stems; }
      }
      return [];
    });
  };

  function idf(count, df) { return Math.log(1 + (count - df + 0.5) / (df + 0.5)); }

  /** Ranks the documents for a query: {total, hits: [{doc, score, section, words}]}, best first. */
  Engine.prototype.rank = function (query, options) {
    var self = this;
    var opts = options || {};
    return self.manifest().then(function (manifest) {
      var seen = {};
      var words = tokenize(query).filter(function (w) { return seen[w] ? false : (seen[w] = true); });
      if (words.length === 0) { return { total: 0, hits: [], words: [] }; }
      var typing = opts.prefix !== false && !/\s$/.test(query);
      return Promise.all(words.map(function (w, i) {
        return self.resolveWord(manifest, w, typing && i === words.length - 1);
      })).then(function (resolved) { return self._score(manifest, words, resolved); });
    });
  };

  Engine.prototype._score = function (manifest, words, resolved) {
    var self = this;
    var stems = [];
    resolved.forEach(function (found) { Object.keys(found).forEach(function (s) { if (stems.indexOf(s) < 0) { stems.push(s); } }); });
    return Promise.all(stems.map(function (s) { return self.postings(manifest, s); })).then(function (lists) {
      var byStem = {};
      stems.forEach(function (s, i) { byStem[s] = lists[i]; });
      var docs = {};
      var totalIdf = 0;
      resolved.forEach(function (found, w) {
        var best = {};
        var wordIdf = 0;
        Object.keys(found).forEach(function (stem) {
          var list = byStem[stem];
          var termIdf = idf(manifest.docCount, list.length);
          wordIdf = Math.max(wordIdf, termIdf);
          list.forEach(function (p) {
            var c = found[stem] * termIdf * p.weight / manifest.maxWeight;
            var b = best[p.doc];
            if (!b) { best[p.doc] = { c: c, mask: p.mask }; } else { b.c = Math.max(b.c, c); b.mask = (b.mask | p.mask) >>> 0; }
          });
        });
        totalIdf += wordIdf;
        Object.keys(best).forEach(function (d) {
          var acc = docs[d] || (docs[d] = { doc: +d, sum: 0, idf: 0, masks: [] });
          acc.sum += best[d].c;
          acc.idf += wordIdf;
          acc.masks[w] = best[d].mask;
        });
      });
      var hits = Object.keys(docs).map(function (d) { return finish(docs[d], totalIdf); });
      hits.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
      return { total: hits.length, hits: hits, words: words, stems: stems };
    });
  };

  /** Final score: coverage of the query's words (by idf), a bonus when they meet in the title or one section. */
  function finish(acc, totalIdf) {
    var coverage = totalIdf > 0 ? acc.idf / totalIdf : 1;
    var masks = acc.masks.filter(function (m) { return m !== undefined; });
    var together = masks.length > 1 ? masks.reduce(function (x, y) { return (x & y) >>> 0; }) : 0;
    var bonus = together !== 0 ? 1.3 : (masks.length > 1 && pairShares(masks) ? 1.1 : 1);
    return { doc: acc.doc, score: acc.sum * coverage * coverage * bonus, section: bestSection(masks) };
  }

  function pairShares(masks) {
    for (var i = 0; i < masks.length; i++) {
      for (var j = i + 1; j < masks.length; j++) { if ((masks[i] & masks[j]) !== 0) { return true; } }
    }
    return false;
  }

  /** The text section most query words occur in (-1: none, or all words are in the title). */
  function bestSection(masks) {
    var inTitle = masks.every(function (m) { return (m & 1) !== 0; });
    if (inTitle) { return -1; }
    var best = -1;
    var bestCount = 0;
    for (var bit = 1; bit < 32; bit++) {
      var count = 0;
      for (var i = 0; i < masks.length; i++) { if ((masks[i] >>> bit) & 1) { count++; } }
      if (count > bestCount) { best = bit - 1; bestCount = count; }
    }
    return best;
  }

  // ---- Results: titles, links and snippets for the shown hits ----

  /** Runs a query and describes hits [offset, offset + limit): {total, results: [{title, href, section, heading, snippet}]}. */
  Engine.prototype.query = function (query, options) {
    var self = this;
    var opts = options || {};
    var offset = opts.offset || 0;
    var limit = opts.limit || 10;
    return Promise.all([self.manifest(), self.rank(query, opts)]).then(function (both) {
      var manifest = both[0];
      var ranked = both[1];
      var shown = ranked.hits.slice(offset, offset + limit);
      return Promise.all(shown.map(function (hit) { return self.describe(manifest, hit, ranked, opts.text); }))
        .then(function (results) { return { total: ranked.total, results: results }; });
    });
  };

  Engine.prototype.describe = function (manifest, hit, ranked, withText) {
    var self = this;
    var metaSize = manifest.metaBlockSize;
    var textSize = manifest.textBlockSize;
    var meta = self.file('m' + Math.floor(hit.doc / metaSize));
    var text = withText ? self.file('x' + Math.floor(hit.doc / textSize)) : Promise.resolve(null);
    return Promise.all([meta, text]).then(function (files) {
      var entry = files[0].d[hit.doc % metaSize];
      var texts = files[1] ? files[1].d[hit.doc % textSize] : null;
      var heading = hit.section >= 0 ? entry[4][hit.section] : null;
      var section = manifest.sections[entry[2]];
      var matcher = makeMatcher(ranked.words, ranked.stems);
      return {
        doc: hit.doc,
        score: hit.score,
        title: entry[0],
        url: entry[1],
        href: resultHref(self._folder, entry[1], manifest.indexFile, heading ? heading[0] : null),
        section: section ? section[1] : '',
        heading: heading ? heading[1] : null,
        summary: entry[3],
        snippet: texts ? makeSnippet(texts, hit.section, entry[3], matcher) : null
      };
    });
  };

  /** Decides whether a word of a text matches the query: same word, same folded word, or an inflection of a matched stem. */
  function makeMatcher(words, stems) {
    var keys = words.map(fold);
    var stemKeys = (stems || []).map(fold).filter(function (k) { return k.length >= 3; });
    return function (word) {
      var key = fold(word);
      if (keys.indexOf(key) >= 0) { return true; }
      for (var i = 0; i < stemKeys.length; i++) {
        if (key.lastIndexOf(stemKeys[i], 0) === 0 && key.length <= stemKeys[i].length + 4) { return true; }
      }
      return false;
    };
  }

  var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

  function escapeHtml(text) { return String(text).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; }); }

  /** The runs of word characters in a text (apostrophes and hyphens inside words split runs here). */
  function wordRuns(text) {
    var runs = [];
    var re = /[\p{L}\p{Nd}\p{Mn}\p{Mc}]+/gu;
    var m;
    while ((m = re.exec(text)) !== null) { runs.push({ start: m.index, end: m.index + m[0].length, word: m[0] }); }
    return runs;
  }

  /** HTML of about 200 characters around the first match, matched words in <mark>, everything else escaped. */
  function makeSnippet(texts, section, summary, matcher) {
    var order = [];
    if (section >= 0 && section < texts.length) { order.push(section); }
    for (var i = 0; i < texts.length; i++) { if (i !== section) { order.push(i); } }
    for (var k = 0; k < order.length; k++) {
      var text = texts[order[k]];
      var runs = wordRuns(text).filter(function (r) { return tokenize(r.word).some(matcher); });
      if (runs.length > 0) { return window200(text, runs); }
    }
    var fallback = summary || texts[0] || '';
    return window200(fallback, wordRuns(fallback).filter(function (r) { return tokenize(r.word).some(matcher); }));
  }

  function window200(text, runs) {
    var start = 0;
    if (runs.length > 0 && runs[0].start > 60) {
      start = text.lastIndexOf(' ', runs[0].start - 60) + 1;
    }
    var end = Math.min(text.length, start + 200);
    if (end < text.length) {
      var space = text.lastIndexOf(' ', end);
      if (space > start) { end = space; }
    }
    var html = start > 0 ? '… ' : '';
    var pos = start;
    runs.forEach(function (r) {
      if (r.start < pos || r.end > end) { return; }
      html += escapeHtml(text.slice(pos, r.start)) + '<mark>' + escapeHtml(r.word) + '</mark>';
      pos = r.end;
    });
    html += escapeHtml(text.slice(pos, end)) + (end < text.length ? ' …' : '');
    return html;
  }

  // ---- Texts of the interface, by language of the index ----

  var STRINGS = {
    en: { results: function (n) { return n === 1 ? '1 result' : n + ' results'; }, none: 'No results', more: 'Show more results', all: 'All results' },
    de: { results: function (n) { return n === 1 ? '1 Ergebnis' : n + ' Ergebnisse'; }, none: 'Keine Ergebnisse', more: 'Weitere Ergebnisse', all: 'Alle Ergebnisse' },
    ru: { results: function (n) { return n + ' ' + russianPlural(n, 'результат', 'результата', 'результатов'); }, none: 'Ничего не найдено', more: 'Показать ещё', all: 'Все результаты' }
  };

  function russianPlural(n, one, few, many) {
    var d = n % 10;
    var h = n % 100;
    if (d === 1 && h !== 11) { return one; }
    if (d >= 2 && d <= 4 && (h < 12 || h > 14)) { return few; }
    return many;
  }

  function strings(language) { return STRINGS[language] || STRINGS.en; }

  // ---- Browser: loading the index, the header box and the search page ----

  function install(win) {
    var registry = {};
    var waiting = {};
    var hg = win.HelpGenSearch || {};
    hg.register = function (locale, name, data) {
      var key = locale + '/' + name;
      registry[key] = data;
      (waiting[key] || []).forEach(function (resolve) { resolve(data); });
      delete waiting[key];
    };
    hg.registered = function (locale, name) { return registry[locale + '/' + name]; };
    win.HelpGenSearch = hg;
    var doc = win.document;
    var start = function () { startPage(win, hg, registry, waiting); };
    if (doc.readyState === 'loading') { doc.addEventListener('DOMContentLoaded', start); } else { start(); }
  }

  function startPage(win, hg, registry, waiting) {
    var doc = win.document;
    var body = doc.body;
    var folder = body && body.getAttribute('data-search-index');
    if (folder === null || folder === undefined) { return; }
    var locale = body.getAttribute('data-locale') || '';
    var offline = win.location.protocol === 'file:' || Object.keys(registry).length > 0;
    var load = offline ? scriptLoader(doc, folder, locale, registry, waiting) : function (name, file) {
      return win.fetch(folder + (file || name) + '.json').then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status + ' for ' + name); }
        return r.json();
      });
    };
    var engine = new Engine(load, { folder: folder });
    hg.engine = engine;
    var input = doc.querySelector('[data-search-input]');
    var dropdown = doc.querySelector('[data-search-dropdown]');
    if (input && dropdown) { wireBox(win, engine, input, dropdown); }
    var results = doc.getElementById('search-results');
    if (results) { runSearchPage(win, engine, input, results); }
  }

  function scriptLoader(doc, folder, locale, registry, waiting) {
    return function (name, file) {
      var key = locale + '/' + name;
      if (registry[key]) { return Promise.resolve(registry[key]); }
      return new Promise(function (resolve, reject) {
        (waiting[key] = waiting[key] || []).push(resolve);
        var script = doc.createElement('script');
        script.src = folder + (file || name) + '.js';
        script.onerror = function () { reject(new Error('Cannot load ' + script.src)); };
        doc.head.appendChild(script);
      });
    };
  }

  function wireBox(win, engine, input, dropdown) {
    var doc = win.document;
    var form = input.form;
    var timer = null;
    var seq = 0;
    var active = -1;
    var options = [];
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');

    function close() {
      dropdown.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function setActive(index) {
      options.forEach(function (o, i) {
        o.setAttribute('aria-selected', i === index ? 'true' : 'false');
        o.classList.toggle('is-active', i === index);
      });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        if (options[index].scrollIntoView) { options[index].scrollIntoView({ block: 'nearest' }); }
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function render(query, answer) {
      engine.manifest().then(function (manifest) {
        var text = strings(manifest.language);
        dropdown.textContent = '';
        options = [];
        answer.results.forEach(function (r, i) {
          var a = optionLink(doc, 'search-option-' + i, r.href);
          appendSpan(doc, a, 'search-option-title', r.title);
          appendSpan(doc, a, 'search-option-meta', r.heading ? r.section + ' › ' + r.heading : r.section);
          dropdown.appendChild(a);
          options.push(a);
        });
        if (answer.results.length === 0) {
          appendSpan(doc, dropdown, 'search-empty', text.none);
        } else if (form && form.getAttribute('action')) {
          var all = optionLink(doc, 'search-option-all', form.getAttribute('action') + '?q=' + encodeURIComponent(query));
          all.className = 'search-option search-option-all';
          appendSpan(doc, all, 'search-option-title', text.all + ' (' + answer.total + ')');
          dropdown.appendChild(all);
          options.push(all);
        }
        dropdown.setAttribute('data-query', query);
        dropdown.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        setActive(-1);
      });
    }

    function update() {
      var query = input.value;
      var mine = ++seq;
      if (tokenize(query).length === 0) { close(); return; }
      engine.query(query, { prefix: true, limit: 8, text: false }).then(function (answer) {
        if (mine === seq) { render(query, answer); }
      }, function () { if (mine === seq) { close(); } });
    }

    input.addEventListener('input', function () {
      win.clearTimeout(timer);
      timer = win.setTimeout(update, 120);
    });
    input.addEventListener('keydown', function (e) { onKey(e); });
    input.addEventListener('blur', function () {
      win.setTimeout(function () { if (!dropdown.contains(doc.activeElement)) { close(); } }, 200);
    });

    function onKey(e) {
      var open = !dropdown.hidden;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!open) { update(); return; }
        if (options.length === 0) { return; }
        var step = e.key === 'ArrowDown' ? 1 : -1;
        var next = active + step;
        setActive(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
      } else if (e.key === 'Enter' && open && active >= 0) {
        e.preventDefault();
        win.location.href = options[active].href;
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        close();
      }
    }
  }

  function optionLink(doc, id, href) {
    var a = doc.createElement('a');
    a.id = id;
    a.className = 'search-option';
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.setAttribute('tabindex', '-1');
    a.href = href;
    return a;
  }

  function appendSpan(doc, parent, className, text) {
    var span = doc.createElement('span');
    span.className = className;
    span.textContent = text;
    parent.appendChild(span);
    return span;
  }

  function runSearchPage(win, engine, input, results) {
    var doc = win.document;
    var status = doc.getElementById('search-status');
    var query = new URLSearchParams(win.location.search).get('q') || '';
    if (input) { input.value = query; }
    function say(text) { if (status) { status.textContent = text; } }
    var hint = doc.getElementById('search-hint');
    if (tokenize(query).length === 0) {
      showTemplate(doc, results, 'search-hints');
      return;
    }
    if (hint) { hint.hidden = true; }
    var list = doc.createElement('ol');
    list.className = 'search-results-list';
    var shown = 0;
    function page() {
      return engine.query(query, { prefix: false, offset: shown, limit: 10, text: true }).then(function (answer) {
        return engine.manifest().then(function (manifest) {
          var text = strings(manifest.language);
          if (answer.total === 0) {
            results.textContent = '';
            showTemplate(doc, results, 'search-no-results');
            say(text.none);
            return;
          }
          answer.results.forEach(function (r) { list.appendChild(resultItem(doc, r)); });
          shown += answer.results.length;
          if (!list.parentNode) { results.textContent = ''; results.appendChild(list); }
          say(text.results(answer.total));
          moreButton(doc, results, shown < answer.total ? text.more : null, page);
        });
      });
    }
    page().catch(function (error) { say(String(error && error.message || error)); });
  }

  function moreButton(doc, results, label, onClick) {
    var old = results.querySelector('.search-more');
    if (old) { old.parentNode.removeChild(old); }
    if (!label) { return; }
    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'search-more';
    button.textContent = label;
    button.addEventListener('click', function () { onClick(); });
    results.appendChild(button);
  }

  function resultItem(doc, r) {
    var li = doc.createElement('li');
    li.className = 'search-result';
    var a = doc.createElement('a');
    a.className = 'search-result-title';
    a.href = r.href;
    a.textContent = r.title;
    li.appendChild(a);
    appendSpan(doc, li, 'search-result-meta', r.heading ? r.section + ' › ' + r.heading : r.section);
    if (r.snippet) {
      var p = doc.createElement('p');
      p.className = 'search-result-snippet';
      p.innerHTML = r.snippet;
      li.appendChild(p);
    }
    return li;
  }

  function showTemplate(doc, results, id) {
    var template = doc.getElementById(id);
    if (template && template.content) { results.appendChild(template.content.cloneNode(true)); }
  }

  return assemble();

  function assemble() {
    var api = {
      normalize: normalize,
      fold: fold,
      tokenize: tokenize,
      tokenizeWithOffsets: tokenizeWithOffsets,
      decodePostings: decodePostings,
      withinOneEdit: withinOneEdit,
      joinUrl: joinUrl,
      resultHref: resultHref,
      makeSnippet: makeSnippet,
      makeMatcher: makeMatcher,
      escapeHtml: escapeHtml,
      strings: strings,
      Engine: Engine,
      createEngine: function (load, options) { return new Engine(load, options); },
      install: install
    };
    return api;
  }
}));
