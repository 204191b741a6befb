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

  function has(object, key) { return !!object && Object.prototype.hasOwnProperty.call(object, key); }

  /**
   * What one query word stands for: {found: {stem: factor}, parts: [found...], surface, how}. Tried in order, the
   * first that matches wins: the word itself (1), its folded spelling (0.9), an irregular form from the manifest (1),
   * an indexed stem (0.85), words it begins (0.75), the longest indexed stem that begins it (0.8), its parts when it
   * is a compound of indexed words (0.8 each), and only when `fuzzy` is set and nothing else matched, words one edit
   * away that keep its first letter (0.5, a typo correction). The word being typed also gets the words it begins (0.5).
   */
  Engine.prototype.resolveWord = function (manifest, word, allowPrefix, fuzzy) {
    var self = this;
    var key = fold(word);
    var first = shardIndexOf(manifest, key);
    var last = Math.min(shardIndexOf(manifest, key + '\uffff'), first + 1);
    var own = [];
    for (var i = first; i <= last; i++) { own.push(i); }
    return Promise.all(own.map(function (i) { return self.shard(i); })).then(function (shards) {
      var result = { found: {}, parts: [], surface: word, how: null };
      function add(stem, factor) { if (!(result.found[stem] >= factor)) { result.found[stem] = factor; } }
      var home = shards[0];
      if (has(home.words, word)) {
        add(home.words[word] || word, 1);
        result.how = 'exact';
      } else if (home.byFold[key]) {
        home.byFold[key].forEach(function (e) { add(e.stem, 0.9); });
        result.surface = home.byFold[key][0].surface;
        result.how = 'folded';
      } else if (has(manifest.forms, word)) {
        add(manifest.forms[word], 1);
        result.how = 'form';
      } else if (home.stemsByFold[key]) {
        home.stemsByFold[key].forEach(function (stem) { add(stem, 0.85); });
        result.how = 'stem';
        result.surface = shortestSurface(home, home.stemsByFold[key][0]) || word;
      }
      var exact = result.how !== null;
      if (key.length >= 2 && (allowPrefix || (!exact && key.length >= 4))) {
        var matches = prefixMatches(shards, key);
        matches.slice(0, 12).forEach(function (e) { add(e.stem, exact ? 0.5 : 0.75); });
        if (!exact && matches.length > 0) { result.how = 'prefix'; result.surface = matches[0].surface; }
      }
      if (result.how) { return result; }
      return self.knownStemPrefix(manifest, key).then(function (stems) {
        stems.forEach(function (stem) { add(stem, 0.8); });
        if (stems.length > 0) { result.how = 'stem'; return result; }
        return self.compoundParts(manifest, word).then(function (parts) {
          if (parts) { return { found: parts[0], parts: parts.slice(1), surface: word, how: 'compound' }; }
          if (!fuzzy || word.length < 5) { return result; }
          return self.typoCandidates(manifest, key).then(function (candidates) {
            candidates.forEach(function (e) { add(e.stem, 0.5); });
            if (candidates.length > 0) { result.how = 'typo'; result.surface = candidates[0].surface; }
            return result;
          });
        });
      });
    });
  };

  function shortestSurface(shard, stem) {
    var best = null;
    shard.entries.forEach(function (e) { if (e.stem === stem && (!best || e.surface.length < best.length)) { best = e.surface; } });
    return best;
  }

  function prefixMatches(shards, key) {
    var matches = [];
    shards.forEach(function (shard) {
      for (var j = firstAtLeast(shard.entries, key); j < shard.entries.length && shard.entries[j].key.lastIndexOf(key, 0) === 0; j++) {
        matches.push(shard.entries[j]);
      }
    });
    matches.sort(function (x, y) { return x.surface.length - y.surface.length || (x.surface < y.surface ? -1 : 1); });
    return matches;
  }

  /** Indexed words one edit away from a key that keep its first letter, closest length first. */
  Engine.prototype.typoCandidates = function (manifest, key) {
    var self = this;
    var first = shardIndexOf(manifest, key);
    var around = [];
    for (var i = Math.max(0, first - 1); i <= Math.min(manifest.shards.length - 1, first + 1); i++) { around.push(i); }
    return Promise.all(around.map(function (i) { return self.shard(i); })).then(function (near) {
      var out = [];
      near.forEach(function (shard) {
        shard.entries.forEach(function (e) {
          if (e.key.charAt(0) === key.charAt(0) && withinOneEdit(e.key, key)) { out.push(e); }
        });
      });
      out.sort(function (x, y) {
        return Math.abs(x.key.length - key.length) - Math.abs(y.key.length - key.length) || (x.surface < y.surface ? -1 : 1);
      });
      return out;
    });
  };

  /**
   * The parts of an unknown compound (German: "rückerstattung" → "erstattung", and "rück" if the index knows it) as
   * found-maps, the longest known head first; null when the index's language does not split compounds or none fits.
   * A linking "s", "es", "n" or "en" between the parts is dropped, as the C# Decompounder does.
   */
  Engine.prototype.compoundParts = function (manifest, word) {
    var self = this;
    if (!manifest.compounds || word.length < 8) { return Promise.resolve(null); }
    var cuts = [];
    for (var cut = 3; cut <= word.length - 4; cut++) { cuts.push(cut); }
    function known(shard, part) {
      var k = fold(part);
      var stems = {};
      if (has(shard.words, part)) { stems[shard.words[part] || part] = 0.8; return stems; }
      (shard.byFold[k] || []).forEach(function (e) { stems[e.stem] = 0.8; });
      for (var n = k.length; n >= Math.max(4, k.length - 3) && Object.keys(stems).length === 0; n--) {
        (shard.stemsByFold[k.slice(0, n)] || []).forEach(function (s) { stems[s] = 0.8; });
      }
      return Object.keys(stems).length > 0 ? stems : null;
    }
    function lookup(part) { return self.shard(shardIndexOf(manifest, fold(part))).then(function (shard) { return known(shard, part); }); }
    return Promise.all(cuts.map(function (c) { return lookup(word.slice(c)); })).then(function (heads) {
      for (var j = 0; j < cuts.length; j++) {
        if (!heads[j]) { continue; }
        var modifier = word.slice(0, cuts[j]);
        var candidates = ['', 's', 'es', 'n', 'en'].filter(function (l) {
          return modifier.length - l.length >= 3 && modifier.slice(modifier.length - l.length) === l;
        }).map(function (l) { return modifier.slice(0, modifier.length - l.length); });
        var head = heads[j];
        return Promise.all(candidates.map(lookup)).then(function (mods) {
          var mod = mods.filter(function (m) { return m; })[0];
          return mod ? [head, mod] : [head];
        });
      }
      return null;
    });
  };

  /**
   * For a form never seen at build time ("bankverbindungen"), the longest stem of the index that begins it
   * ("bankverbind"), leaving at most 5 letters of ending and 40% of the word: the browser's stand-in for a stemmer.
   */
  Engine.prototype.knownStemPrefix = function (manifest, key) {
    var self = this;
    var lengths = [];
    for (var n = key.length - 1; n >= Math.max(4, key.length - 5, Math.ceil(key.length * 0.6)); n--) { lengths.push(n); }
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

  // ---- Queries typed on the wrong keyboard layout or in Latin letters ----

  var RU_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюё';
  var LAYOUT_KEYS = { en: 'qwertyuiop[]asdfghjkl;\'zxcvbnm,.`', de: 'qwertzuiopü+asdfghjklöäyxcvbnm,.^' };
  var TRANSLIT = [['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['yu', 'ю'],
    ['ya', 'я'], ['yo', 'е'], ['ja', 'я'], ['ju', 'ю'], ['ye', 'е'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'],
    ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['j', 'й'], ['k', 'к'], ['q', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'],
    ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['x', 'кс'], ['c', 'ц'],
    ['\'', 'ь']];

  function mapKeys(text, from, to) {
    var out = '';
    var changed = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      var lower = c.toLowerCase();
      var at = from.indexOf(lower);
      if (at >= 0) { out += to.charAt(at); changed = true; } else { out += lower; }
    }
    return changed ? out : null;
  }

  /** "gfhjkm" → "пароль" for a Russian index, "зфыыцщке" → "passwort" for a German one, "зфыыцщкв" → "password" for English. */
  function switchLayout(text, language) {
    if (language === 'ru') { return /[a-z]/i.test(text) && !/[\u0400-\u04ff]/.test(text) ? mapKeys(text, LAYOUT_KEYS.en, RU_KEYS) : null; }
    var keys = LAYOUT_KEYS[language];
    return keys && /[\u0400-\u04ff]/.test(text) ? mapKeys(text, RU_KEYS, keys) : null;
  }

  /** Russian written in Latin letters: "zabyl parol" → "забыл парол" (the index's words then complete it). */
  function transliterate(text, language) {
    if (language !== 'ru' || !/^[a-z']+$/i.test(text)) { return null; }
    var s = text.toLowerCase();
    var out = '';
    var i = 0;
    while (i < s.length) {
      var rule = null;
      for (var r = 0; r < TRANSLIT.length && !rule; r++) { if (s.lastIndexOf(TRANSLIT[r][0], i) === i) { rule = TRANSLIT[r]; } }
      if (s.charAt(i) === 'y') {
        var vowelBefore = i > 0 && 'aeiouy'.indexOf(s.charAt(i - 1)) >= 0;
        rule = ['y', vowelBefore || i === 0 ? 'й' : 'ы'];
      }
      out += rule ? rule[1] : s.charAt(i);
      i += rule ? rule[0].length : 1;
    }
    return out;
  }

  // ---- Ranking ----

  function idf(count, df) { return Math.log(1 + (count - df + 0.5) / (df + 0.5)); }

  /** The query cut at white space; each run with its words (layout conversion works on runs: ";" is "ж"). */
  function queryRuns(query) {
    return String(query).split(/\s+/).filter(function (t) { return t.length > 0; })
      .map(function (t) { return { text: t, words: tokenize(t) }; })
      .filter(function (run) { return run.words.length > 0; });
  }

  function resolvedCount(list, stop) {
    return list.filter(function (r) { return r.how && !stop[r.word]; }).length;
  }

  /**
   * Ranks the documents for a query: {total, hits: [{doc, score, section}], words, stems, corrected}, best first.
   * Options: prefix (the last word is still being typed), exact (no typo, layout or transliteration corrections).
   * `corrected` is the query as it was understood when a correction was made ("пароль" for "gfhjkm"), else null.
   */
  Engine.prototype.rank = function (query, options) {
    var self = this;
    var opts = options || {};
    return self.manifest().then(function (manifest) {
      var runs = queryRuns(query);
      if (runs.length === 0) { return { total: 0, hits: [], words: [], stems: [], corrected: null }; }
      var stop = {};
      (manifest.stop || []).forEach(function (w) { stop[w] = true; });
      var typing = opts.prefix !== false && !/\s$/.test(query);
      function resolveRun(words, isLast, fuzzy) {
        return Promise.all(words.map(function (w, i) {
          return self.resolveWord(manifest, w, typing && isLast && i === words.length - 1, fuzzy && !stop[w])
            .then(function (r) { r.word = w; return r; });
        }));
      }
      return Promise.all(runs.map(function (run, r) { return resolveRun(run.words, r === runs.length - 1, false); }))
        .then(function (resolved) {
          return Promise.all(runs.map(function (run, r) {
            return self._correctRun(manifest, run, resolved[r], stop, opts.exact, function (words, fuzzy) {
              return resolveRun(words, r === runs.length - 1, fuzzy);
            });
          }));
        })
        .then(function (corrected) { return self._rankResolved(manifest, corrected, stop); });
    });
  };

  /** How well a resolved run matches: the best factor of each matched word that is not a stop word, summed. */
  function quality(list, stop) {
    return list.reduce(function (sum, r) {
      if (!r.how || stop[r.word]) { return sum; }
      return sum + Math.max.apply(null, Object.keys(r.found).map(function (k) { return r.found[k]; }).concat([0.8]));
    }, 0);
  }

  /** Transliterated words may have lost a soft sign ("parol"): the variant with "ь" after a final consonant. */
  function softened(words) {
    return words.map(function (w) { return /[бвгдзклмнпрстфхцчшщ]$/.test(w) ? w + 'ь' : w; });
  }

  /**
   * A run whose words do not all match: tries the other keyboard layout and transliteration (each word of it also
   * with a soft sign), keeping the reading that matches best, then typo correction of the words as typed.
   */
  Engine.prototype._correctRun = function (manifest, run, resolved, stop, exact, resolveWords) {
    var misses = resolved.filter(function (r) { return !r.how && !stop[r.word]; }).length;
    if (misses === 0 || exact) { return Promise.resolve({ list: resolved, corrected: false }); }
    var layoutText = switchLayout(run.text, manifest.language);
    var translit = transliterate(run.text, manifest.language);
    var layoutWords = layoutText ? tokenize(layoutText) : [];
    var translitWords = translit ? tokenize(translit) : [];
    var readings = [layoutWords, translitWords, softened(translitWords)];
    return Promise.all(readings.map(function (words) { return resolveWords(words, false); })).then(function (found) {
      var lists = [found[0], found[1].map(function (r, i) { return quality([found[2][i]], stop) > quality([r], stop) ? found[2][i] : r; })];
      var best = -1;
      var bestQuality = quality(resolved, stop);
      lists.forEach(function (list, i) {
        var q = quality(list, stop);
        if (q > bestQuality) { best = i; bestQuality = q; }
      });
      if (best >= 0) { return { list: lists[best], corrected: true, layout: best === 0 }; }
      return resolveWords(run.words, true).then(function (list) {
        return { list: list, corrected: list.some(function (r) { return r.how === 'typo'; }), layoutWords: layoutText ? tokenize(layoutText) : null };
      });
    });
  };

  Engine.prototype._rankResolved = function (manifest, runs, stop) {
    var self = this;
    var seen = {};
    var terms = [];
    var byLayout = runs.some(function (run) { return run.layout; });
    runs.forEach(function (run) {
      if (byLayout && run.layoutWords && !run.corrected) {
        run.corrected = true;
        run.list = run.layoutWords.map(function (w) { return { word: w, found: {}, parts: [], surface: w, how: 'layout' }; });
      }
      run.list.forEach(function (r) {
        if (seen[r.word]) { return; }
        seen[r.word] = true;
        r.shown = run.corrected && r.how ? r.surface : r.word;
        terms.push(r);
      });
    });
    var corrected = runs.some(function (run) { return run.corrected; })
      ? terms.map(function (t) { return t.shown; }).join(' ') : null;
    var allStop = terms.every(function (t) { return stop[t.word]; });
    var units = self._units(manifest, terms);
    return self._resolveSynonyms(manifest, units).then(function () {
      units.forEach(function (u) { u.weight = u.stop && !allStop ? 0.1 : 1; });
      return self._score(manifest, units).then(function (ranked) {
        ranked.words = terms.map(function (t) { return t.shown; });
        ranked.corrected = corrected;
        return ranked;
      });
    });
  };

  /**
   * The query's scoring units: one per word, except that a phrase of a synonym group ("лк", "личный кабинет")
   * becomes one unit whose alternatives are the group's phrases; a unit scores its best alternative.
   */
  Engine.prototype._units = function (manifest, terms) {
    var words = terms.map(function (t) { return t.word; });
    var units = [];
    var i = 0;
    while (i < terms.length) {
      var match = synonymAt(manifest.synonyms || [], words, i);
      if (match) {
        units.push({ stop: false, alts: match.group.map(function (phrase, a) {
          return a === match.alt ? terms.slice(i, i + match.length) : phrase.split(' ').map(function (w) { return { word: w, pending: true }; });
        }) });
        i += match.length;
        continue;
      }
      units.push({ stop: !!(manifest.stop && manifest.stop.indexOf(words[i]) >= 0), alts: [[terms[i]]] });
      i++;
    }
    return units;
  };

  function synonymAt(groups, words, i) {
    var best = null;
    groups.forEach(function (group) {
      group.forEach(function (phrase, a) {
        var parts = phrase.split(' ');
        var fits = parts.every(function (p, k) { return words[i + k] === p; });
        if (fits && (!best || parts.length > best.length)) { best = { group: group, alt: a, length: parts.length }; }
      });
    });
    return best;
  }

  Engine.prototype._resolveSynonyms = function (manifest, units) {
    var self = this;
    var pending = [];
    units.forEach(function (u) { u.alts.forEach(function (alt) { alt.forEach(function (t) { if (t.pending) { pending.push(t); } }); }); });
    return Promise.all(pending.map(function (t) {
      return self.resolveWord(manifest, t.word, false, false).then(function (r) { t.found = r.found; t.parts = r.parts; });
    }));
  };

  /** The found-maps of a term: its own and those of its compound parts. */
  function termMaps(term) { return [term.found].concat(term.parts || []); }

  Engine.prototype._score = function (manifest, units) {
    var self = this;
    var stems = [];
    units.forEach(function (u) {
      u.alts.forEach(function (alt) {
        alt.forEach(function (t) { termMaps(t).forEach(function (f) { Object.keys(f).forEach(function (s) { if (stems.indexOf(s) < 0) { stems.push(s); } }); }); });
      });
    });
    return Promise.all(stems.map(function (s) { return self.postings(manifest, s); })).then(function (lists) {
      var byStem = {};
      stems.forEach(function (s, i) { byStem[s] = lists[i]; });
      var docs = {};
      var totalIdf = 0;
      units.forEach(function (unit, u) {
        var scored = scoreUnit(manifest, unit, byStem);
        totalIdf += scored.idf;
        Object.keys(scored.docs).forEach(function (d) {
          var acc = docs[d] || (docs[d] = { doc: +d, sum: 0, idf: 0, masks: [], stop: [] });
          acc.sum += scored.docs[d].c;
          acc.idf += scored.docs[d].idf;
          acc.masks[u] = scored.docs[d].mask;
          acc.stop[u] = unit.weight < 1;
        });
      });
      var hits = Object.keys(docs).map(function (d) { return finish(docs[d], totalIdf); });
      hits.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
      return { total: hits.length, hits: hits, stems: stems };
    });
  };

  /** One unit's contribution per document (its best alternative; an alternative averages its words) and its idf. */
  function scoreUnit(manifest, unit, byStem) {
    var best = {};
    var unitIdf = 0;
    unit.alts.forEach(function (alt) {
      var altDocs = {};
      var altIdf = 0;
      alt.forEach(function (term) {
        termMaps(term).forEach(function (found) {
          var perDoc = {};
          var termIdf = 0;
          Object.keys(found).forEach(function (stem) {
            var list = byStem[stem];
            var stemIdf = idf(manifest.docCount, list.length) * unit.weight;
            termIdf = Math.max(termIdf, stemIdf);
            list.forEach(function (p) {
              var c = found[stem] * stemIdf * p.weight / manifest.maxWeight;
              var b = perDoc[p.doc];
              if (!b) { perDoc[p.doc] = { c: c, mask: p.mask }; } else { b.c = Math.max(b.c, c); b.mask = (b.mask | p.mask) >>> 0; }
            });
          });
          var share = alt.length * (term.parts && term.parts.length ? term.parts.length + 1 : 1);
          altIdf += termIdf / share;
          Object.keys(perDoc).forEach(function (d) {
            var a = altDocs[d] || (altDocs[d] = { c: 0, idf: 0, mask: 0 });
            a.c += perDoc[d].c / share;
            a.idf += termIdf / share;
            a.mask = (a.mask | perDoc[d].mask) >>> 0;
          });
        });
      });
      unitIdf = Math.max(unitIdf, altIdf);
      Object.keys(altDocs).forEach(function (d) { if (!best[d] || altDocs[d].c > best[d].c) { best[d] = altDocs[d]; } });
    });
    return { docs: best, idf: unitIdf };
  }

  /**
   * Final score: coverage of the query's words (by idf), a bonus when they meet in the title or in one section
   * (stop words take part only when they meet there too: a small extra bonus, never a loss).
   */
  function finish(acc, totalIdf) {
    var coverage = totalIdf > 0 ? acc.idf / totalIdf : 1;
    var all = acc.masks.filter(function (m) { return m !== undefined; });
    var masks = acc.masks.filter(function (m, u) { return m !== undefined && !acc.stop[u]; });
    if (masks.length === 0) { masks = all; }
    var together = masks.length > 1 ? masks.reduce(function (x, y) { return (x & y) >>> 0; }) : 0;
    var bonus = together !== 0 ? 1.3 : (masks.length > 1 && pairShares(masks) ? 1.1 : 1);
    if (together !== 0 && all.length > masks.length && (all.reduce(function (x, y) { return (x & y) >>> 0; }) !== 0)) { bonus *= 1.05; }
    return { doc: acc.doc, score: acc.sum * coverage * bonus, section: bestSection(masks) };
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
        .then(function (results) { return { total: ranked.total, results: results, corrected: ranked.corrected }; });
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
    en: { results: function (n) { return n === 1 ? '1 result' : n + ' results'; }, none: 'No results', more: 'Show more results', all: 'All results',
      showing: 'Showing results for', instead: 'Search instead for', heading: function (q) { return 'Results for “' + q + '”'; } },
    de: { results: function (n) { return n === 1 ? '1 Ergebnis' : n + ' Ergebnisse'; }, none: 'Keine Ergebnisse', more: 'Weitere Ergebnisse', all: 'Alle Ergebnisse',
      showing: 'Ergebnisse für', instead: 'Stattdessen suchen nach', heading: function (q) { return 'Ergebnisse für „' + q + '“'; } },
    ru: { results: function (n) { return n + ' ' + russianPlural(n, 'результат', 'результата', 'результатов'); }, none: 'Ничего не найдено', more: 'Показать ещё', all: 'Все результаты',
      showing: 'Показаны результаты для', instead: 'Искать вместо этого', heading: function (q) { return 'Результаты по запросу «' + q + '»'; } }
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

    var live = doc.createElement('div');
    live.className = 'visually-hidden';
    live.id = 'hg-search-dropdown-status';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    (form || input.parentNode).appendChild(live);
    function announce(message) { live.textContent = message; }

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
        announce(answer.results.length === 0 ? text.none : text.results(answer.total));
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
      win.setTimeout(function () { if (!dropdown.contains(doc.activeElement) && doc.activeElement !== input) { close(); } }, 200);
    });
    if (form) {
      form.addEventListener('focusout', function (e) {
        if (e.relatedTarget && !form.contains(e.relatedTarget)) { close(); }
      });
    }

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
    var params = new URLSearchParams(win.location.search);
    var query = params.get('q') || '';
    var exact = params.get('exact') === '1';
    if (input) { input.value = query; }
    Array.prototype.forEach.call(doc.querySelectorAll('[data-search-field]'), function (field) { field.value = query; });
    function say(text) { if (status) { status.textContent = text; } }
    var hint = doc.getElementById('search-hint');
    if (tokenize(query).length === 0) {
      showTemplate(doc, results, 'search-hints');
      return;
    }
    if (hint) { hint.hidden = true; }
    Array.prototype.forEach.call(doc.querySelectorAll('.search-suggestions'), function (p) { p.hidden = true; });
    engine.manifest().then(function (manifest) {
      var heading = doc.getElementById('search-heading');
      var title = strings(manifest.language).heading(query);
      if (heading) { heading.textContent = title; }
      doc.title = title + ' – ' + doc.title;
    }, function () {});
    var list = doc.createElement('ol');
    list.className = 'search-results-list';
    var shown = 0;
    function page() {
      return engine.query(query, { prefix: false, offset: shown, limit: 10, text: true, exact: exact }).then(function (answer) {
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
          if (!list.parentNode) {
            results.textContent = '';
            if (answer.corrected) { results.appendChild(correctionNote(doc, text, answer.corrected, query)); }
            results.appendChild(list);
          }
          say(text.results(answer.total));
          moreButton(doc, results, shown < answer.total ? text.more : null, page);
        });
      });
    }
    page().catch(function (error) { say(String(error && error.message || error)); });
  }

  /** "Showing results for пароль. Search instead for gfhjkm" (the link runs the query as typed, without corrections). */
  function correctionNote(doc, text, corrected, query) {
    var p = doc.createElement('p');
    p.className = 'search-corrected';
    p.id = 'search-corrected';
    p.appendChild(doc.createTextNode(text.showing + ' '));
    var strong = doc.createElement('strong');
    strong.textContent = corrected;
    p.appendChild(strong);
    p.appendChild(doc.createTextNode('. ' + text.instead + ' '));
    var a = doc.createElement('a');
    a.href = '?q=' + encodeURIComponent(query) + '&exact=1';
    a.textContent = query;
    p.appendChild(a);
    return p;
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
      switchLayout: switchLayout,
      transliterate: transliterate,
      escapeHtml: escapeHtml,
      strings: strings,
      Engine: Engine,
      createEngine: function (load, options) { return new Engine(load, options); },
      install: install
    };
    return api;
  }
}));
