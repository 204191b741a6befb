// Unit tests of themes/default/assets/search.js under Node: `node --test tests/js/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const search = require('../../themes/default/assets/search.js');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function encodeNumber(value) {
  let out = '';
  while (value >= 32) {
    out += ALPHABET[32 | (value & 31)];
    value = Math.floor(value / 32);
  }
  return out + ALPHABET[value];
}

/** Encodes [[doc, weight, mask], ...] the way the C# PostingEncoder does. */
function encode(postings) {
  let prev = -1;
  return postings.map(([doc, weight, mask]) => {
    const s = encodeNumber(doc - prev - 1) + encodeNumber(weight) + encodeNumber(mask);
    prev = doc;
    return s;
  }).join('');
}

test('normalize applies NFKC, lower case, ё and ß like the C# TextNormalizer', () => {
  assert.equal(search.normalize('ЁЛКА'), 'елка');
  assert.equal(search.normalize('Straße'), 'strasse');
  assert.equal(search.normalize('ﬁle'), 'file');
  assert.equal(search.normalize('Ru\u0308cksendung'), 'rücksendung');
});

test('fold makes rucksendung, ruecksendung and rücksendung one key', () => {
  assert.equal(search.fold('rücksendung'), 'rucksendung');
  assert.equal(search.fold('ruecksendung'), 'rucksendung');
  assert.equal(search.fold('новый'), 'новыи');
  assert.equal(search.fold('café'), 'cafe');
});

test('tokenize matches the C# Tokenizer on apostrophes, hyphens and one-letter words', () => {
  assert.deepEqual(search.tokenize("Can't sign in (members')"), ['cant', 'sign', 'in', 'members']);
  assert.deepEqual(search.tokenize('E-Mail Zwei-Faktor-Code'), ['mail', 'email', 'zwei', 'faktor', 'code', 'zweifaktorcode']);
  assert.deepEqual(search.tokenize('a Step 2 of 5 — I'), ['step', '2', 'of', '5']);
  assert.deepEqual(search.tokenize('Забыл пароль ещё? Rücksendung, Straße'), ['забыл', 'пароль', 'еще', 'rücksendung', 'strasse']);
  assert.equal(search.tokenize('x'.repeat(100))[0].length, 40);
});

test('decodePostings reads gaps, weights and masks of several digits', () => {
  assert.deepEqual(search.decodePostings('AfB' + 'GDhgB'), [{ doc: 0, weight: 31, mask: 1 }, { doc: 7, weight: 3, mask: 1025 }]);
  assert.deepEqual(search.decodePostings(encode([[0, 1, 2 ** 31], [1000, 2, 3]])),
    [{ doc: 0, weight: 1, mask: 2 ** 31 }, { doc: 1000, weight: 2, mask: 3 }]);
});

test('withinOneEdit accepts one insertion, deletion, substitution or swap and nothing more', () => {
  assert.ok(search.withinOneEdit('pasword', 'password'));
  assert.ok(search.withinOneEdit('password', 'pasword'));
  assert.ok(search.withinOneEdit('passwort', 'password'));
  assert.ok(search.withinOneEdit('passwrod', 'password'));
  assert.ok(!search.withinOneEdit('paswrod', 'password'));
  assert.ok(!search.withinOneEdit('parcel', 'pencil'));
});

test('resultHref makes links relative to the page from the search folder URL', () => {
  assert.equal(search.resultHref('../../search/', 'de-de/logistics/track-order/', '', null), '../../../de-de/logistics/track-order/');
  assert.equal(search.resultHref('./', 'de-de/a/b/', 'index.html', 'reset'), '../../de-de/a/b/index.html#reset');
  assert.equal(search.resultHref('', 'ru-ru/a/b/', '', 'забыли-пароль'), '../../ru-ru/a/b/#забыли-пароль');
  assert.equal(search.resultHref('../de-de/search/', 'de-de/a/b/', '', null), '../de-de/a/b/');
  assert.equal(search.resultHref('/de-de/search/', 'de-de/a/b/', '', null), '/de-de/a/b/');
});

/** A two-shard index over four documents, as the C# builder would write it: shard t1 holds folded keys from 'p' on. */
function sampleIndex() {
  return {
    manifest: {
      version: 1, locale: 'en-us', language: 'en', indexFile: '', docCount: 4, maxWeight: 31,
      shards: ['', 'p'], metaBlockSize: 2, textBlockSize: 1, sections: [['account', 'Personal account'], ['orders', 'Orders']]
    },
    t0: {
      w: { forgot: '', order: '', orders: 'order' },
      p: { forgot: encode([[0, 20, 1]]), order: encode([[2, 25, 1], [3, 10, 4]]) }
    },
    t1: {
      w: { password: '', passwords: 'password', parcel: '', reset: '', 'rücksendung': 'rucksend', rucksend: '', track: '' },
      p: {
        password: 0, parcel: encode([[2, 15, 2]]), reset: encode([[0, 12, 4], [1, 20, 1]]),
        rucksend: encode([[3, 22, 1]]), track: encode([[2, 28, 1]])
      }
    },
    p0: { p: encode([[0, 25, 5], [1, 8, 2]]) },
    m0: { d: [['Forgot your password', 'en-us/account/forgot-password/', 0, 'Reset it.', [null, ['reset', 'Reset your password']]],
      ['Reset your PIN', 'en-us/account/pin/', 0, 'PINs.', [null]]] },
    m1: { d: [['Track your order', 'en-us/orders/track/', 1, 'Where is my parcel?', [null]],
      ['Rücksendung', 'en-us/orders/return/', 1, '', [null, null, ['faq', 'FAQ']]]] },
    x0: { d: [['Intro text.', 'To reset your <b>password</b>, open the sign-in page and select Forgot password.']] },
    x1: { d: [['Reset your PIN in the app.']] },
    x2: { d: [['Find your parcel with the tracking number.']] },
    x3: { d: [['Rücksendung of an order.']] }
  };
}

function sampleEngine(log = []) {
  const index = sampleIndex();
  return search.createEngine((name) => {
    log.push(name);
    if (!index[name]) { return Promise.reject(new Error('missing ' + name)); }
    return Promise.resolve(JSON.parse(JSON.stringify(index[name])));
  }, { folder: '../../search/' });
}

test('query ranks the document with all words first and links the matched heading', async () => {
  const answer = await sampleEngine().query('reset password', { prefix: false });
  assert.equal(answer.total, 2);
  assert.equal(answer.results[0].url, 'en-us/account/forgot-password/');
  assert.equal(answer.results[0].href, '../../../en-us/account/forgot-password/#reset');
  assert.equal(answer.results[0].heading, 'Reset your password');
  assert.equal(answer.results[0].section, 'Personal account');
});

test('postings kept in a file of their own (a number in the shard) are loaded from it', async () => {
  const log = [];
  const answer = await sampleEngine(log).query('password', { prefix: false });
  assert.equal(answer.total, 2);
  assert.ok(log.includes('p0'));
});

test('an inflected word seen at build time finds its stem without a stemmer', async () => {
  const answer = await sampleEngine().query('passwords', { prefix: false });
  assert.deepEqual(answer.results.map((r) => r.url), ['en-us/account/forgot-password/', 'en-us/account/pin/']);
});

test('a typo of one edit in a word of five letters or more still matches', async () => {
  const answer = await sampleEngine().query('pasword', { prefix: false });
  assert.equal(answer.results[0].url, 'en-us/account/forgot-password/');
  const none = await sampleEngine().query('trak', { prefix: false });
  assert.equal(none.total, 0);
});

test('while typing, the last word matches as a prefix', async () => {
  const answer = await sampleEngine().query('trac', { prefix: true });
  assert.equal(answer.results[0].url, 'en-us/orders/track/');
  const finished = await sampleEngine().query('tra ', { prefix: true });
  assert.equal(finished.total, 0);
});

test('spellings without umlauts find the umlaut word through its folded key', async () => {
  for (const q of ['ruecksendung', 'rucksendung', 'Rücksendung']) {
    const answer = await sampleEngine().query(q, { prefix: false });
    assert.equal(answer.results[0]?.url, 'en-us/orders/return/', q);
  }
});

test('the first query loads only the manifest, the shards it needs and the shown documents', async () => {
  const log = [];
  await sampleEngine(log).query('track', { prefix: false, limit: 5 });
  assert.deepEqual(log.sort(), ['m1', 'manifest', 't1']);
});

test('index files are loaded by the content-hashed names the manifest lists', async () => {
  const index = sampleIndex();
  const hashed = { t0: 't0.0a1b2c3d', t1: 't1.1a2b3c4d', m0: 'm0.2a3b4c5d', m1: 'm1.3a4b5c6d', p0: 'p0.4a5b6c7d', x0: 'x0.5a6b7c8d' };
  index.manifest.files = hashed;
  const log = [];
  const engine = search.createEngine((name, file) => {
    log.push(file);
    if (!index[name] || file !== (name === 'manifest' ? 'manifest' : hashed[name])) { return Promise.reject(new Error('wrong file ' + file + ' for ' + name)); }
    return Promise.resolve(JSON.parse(JSON.stringify(index[name])));
  }, { folder: '' });
  const answer = await engine.query('track', { prefix: false, limit: 5 });
  assert.equal(answer.results[0]?.url, 'en-us/orders/track/');
  assert.deepEqual(log.sort(), ['m1.3a4b5c6d', 'manifest', 't1.1a2b3c4d']);
});

test('snippets highlight matched words and escape the text', async () => {
  const answer = await sampleEngine().query('password', { prefix: false, text: true });
  const snippet = answer.results[0].snippet;
  assert.match(snippet, /<mark>password<\/mark>/);
  assert.match(snippet, /&lt;b&gt;/);
  assert.doesNotMatch(snippet, /<b>/);
});

test('an empty query or one of punctuation only finds nothing', async () => {
  assert.equal((await sampleEngine().query('', {})).total, 0);
  assert.equal((await sampleEngine().query(' ?! ', {})).total, 0);
});

test('result counts are phrased per language, with Russian plural forms', () => {
  assert.equal(search.strings('en').results(1), '1 result');
  assert.equal(search.strings('de').results(3), '3 Ergebnisse');
  assert.equal(search.strings('ru').results(1), '1 результат');
  assert.equal(search.strings('ru').results(3), '3 результата');
  assert.equal(search.strings('ru').results(11), '11 результатов');
  assert.equal(search.strings('ru').results(22), '22 результата');
  assert.equal(search.strings('xx').results(2), '2 results');
});

test('install registers data scripts and leaves pages without a search index alone', () => {
  const window = {
    location: { protocol: 'file:', search: '' },
    document: { readyState: 'complete', body: { getAttribute: () => null } }
  };
  search.install(window);
  window.HelpGenSearch.register('de-de', 'manifest', { docCount: 0 });
  assert.deepEqual(window.HelpGenSearch.registered('de-de', 'manifest'), { docCount: 0 });
  assert.equal(window.HelpGenSearch.engine, undefined);
});

test('a form never seen at build time falls back to the longest indexed stem that begins it', async () => {
  const answer = await sampleEngine().query('parcelling', { prefix: false });
  assert.equal(answer.results[0]?.url, 'en-us/orders/track/');
  const tooLong = await sampleEngine().query('parcelizations', { prefix: false });
  assert.equal(tooLong.total, 0);
});

/**
 * A one-shard index in `language` whose documents are numbered by their position in `titles`; `words` maps a surface
 * word to [stem, postings] (postings only on the first surface word of a stem).
 */
function tinyEngine(language, titles, words, manifestExtra = {}) {
  const w = {};
  const p = {};
  for (const [surface, [stem, postings]] of Object.entries(words)) {
    w[surface] = surface === stem ? '' : stem;
    if (postings) { p[stem] = encode(postings); }
  }
  const index = {
    manifest: { version: 1, locale: language, language, indexFile: '', docCount: titles.length, maxWeight: 31, shards: [''],
      metaBlockSize: titles.length, textBlockSize: titles.length, sections: [['s', 'S']], ...manifestExtra },
    t0: { w, p },
    m0: { d: titles.map((t, i) => [t, `${language}/s/${i}/`, 0, '', [null]]) },
    x0: { d: titles.map(() => ['']) }
  };
  return search.createEngine((name) => Promise.resolve(JSON.parse(JSON.stringify(index[name]))), { folder: '' });
}

const russian = () => tinyEngine('ru', ['Забыли пароль', 'Найти ответ', 'Войти в кабинет', 'Личный кабинет'], {
  'пароль': ['парол', [[0, 30, 1]]], 'пароля': ['парол'], 'забыл': ['заб', [[0, 25, 1]]],
  'найти': ['найт', [[1, 30, 1]]], 'войти': ['войт', [[2, 30, 1]]], 'кабинет': ['кабинет', [[2, 10, 2], [3, 30, 1]]],
  'личный': ['личн', [[3, 30, 1]]], 'для': ['для', [[0, 5, 2], [1, 5, 2], [2, 5, 2], [3, 5, 2]]]
}, { stop: ['для', 'не'], synonyms: [['лк', 'личный кабинет']] });

test('switchLayout maps keys between ЙЦУКЕН and QWERTY/QWERTZ, only from the other script', () => {
  assert.equal(search.switchLayout('gfhjkm', 'ru'), 'пароль');
  assert.equal(search.switchLayout('pfgjvybnm', 'ru'), 'запомнить');
  assert.equal(search.switchLayout('d[jl', 'ru'), 'вход');
  assert.equal(search.switchLayout('зфыыцщке', 'de'), 'passwort');
  assert.equal(search.switchLayout('зфыыцщкв', 'en'), 'password');
  assert.equal(search.switchLayout('пароль', 'ru'), null);
  assert.equal(search.switchLayout('password', 'en'), null);
});

test('transliterate reads Latin-letter Russian', () => {
  assert.equal(search.transliterate('zabyl', 'ru'), 'забыл');
  assert.equal(search.transliterate('parol', 'ru'), 'парол');
  assert.equal(search.transliterate('vozvrat', 'ru'), 'возврат');
  assert.equal(search.transliterate('shchet', 'ru'), 'щет');
  assert.equal(search.transliterate('moy', 'ru'), 'мой');
  assert.equal(search.transliterate('zabyl', 'de'), null);
});

test('a Russian query typed on the English layout finds its article and says what it searched for', async () => {
  const answer = await russian().query('pfgjvybnm gfhjkm', { prefix: false });
  assert.equal(answer.results[0].title, 'Забыли пароль');
  assert.equal(answer.corrected, 'запомнить пароль');
  const exact = await russian().query('gfhjkm', { prefix: false, exact: true });
  assert.equal(exact.total, 0);
});

test('transliterated Russian is completed by the index words and reported', async () => {
  const answer = await russian().query('zabyl parol', { prefix: false });
  assert.equal(answer.results[0].title, 'Забыли пароль');
  assert.equal(answer.corrected, 'забыл пароль');
});

test('a typo is never corrected into a word with another first letter, and exact words are never corrected', async () => {
  const answer = await russian().query('зайти', { prefix: false });
  assert.equal(answer.total, 0);
  const typo = await russian().query('пароьл', { prefix: false });
  assert.equal(typo.results[0].title, 'Забыли пароль');
  assert.equal(typo.corrected, 'пароль');
  assert.equal((await russian().query('пароль', { prefix: false })).corrected, null);
});

test('a typo correction counts for less than an exact match of the same word', async () => {
  const engine = tinyEngine('en', ['exact', 'corrected'], {
    parcel: ['parcel', [[0, 20, 1]]], parcels: ['parcels', [[1, 31, 1]]]
  });
  const exact = await engine.rank('parcel', { prefix: false });
  const typo = await engine.rank('parcels', { prefix: false });
  const corrected = await tinyEngine('en', ['a'], { parcel: ['parcel', [[0, 20, 1]]] }).rank('parcell', { prefix: false });
  assert.equal(exact.hits[0].doc, 0);
  assert.equal(typo.hits[0].doc, 1);
  assert.ok(corrected.hits[0].score < exact.hits[0].score / 1.5);
});

test('stop words weigh almost nothing, but a query of stop words only still finds documents', async () => {
  const withStop = await russian().rank('для кабинет', { prefix: false });
  const without = await russian().rank('кабинет', { prefix: false });
  assert.deepEqual(withStop.hits.slice(0, 2).map((h) => h.doc), without.hits.slice(0, 2).map((h) => h.doc));
  const onlyStop = await russian().rank('для', { prefix: false });
  assert.equal(onlyStop.total, 4);
});

test('a synonym group from site.yml lets a short form find the long one', async () => {
  const answer = await russian().query('лк', { prefix: false });
  assert.equal(answer.results[0].title, 'Личный кабинет');
});

test('an unknown German compound is split into indexed words, with a linking s dropped', async () => {
  const engine = tinyEngine('de', ['Erstattung', 'Auszahlung und Termine', 'Andere'], {
    erstattung: ['erstatt', [[0, 30, 1]]], auszahlung: ['auszahl', [[1, 30, 1]]], termine: ['termin', [[1, 30, 1]]],
    andere: ['ander', [[2, 30, 1]]]
  }, { compounds: true });
  assert.equal((await engine.query('Rückerstattung', { prefix: false })).results[0].title, 'Erstattung');
  const both = await engine.rank('auszahlungstermin', { prefix: false });
  assert.equal(both.hits[0].doc, 1);
  const english = tinyEngine('en', ['Erstattung'], { erstattung: ['erstatt', [[0, 30, 1]]] });
  assert.equal((await english.rank('rückerstattung', { prefix: false })).total, 0);
});

test('forms from the manifest give an irregular form the stem of its word', async () => {
  const engine = tinyEngine('en', ['Pay'], { pay: ['pay', [[0, 30, 1]]] }, { forms: { paid: 'pay' } });
  assert.equal((await engine.query('paid', { prefix: false })).results[0].title, 'Pay');
});
