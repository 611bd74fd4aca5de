/* Galley search: offline, over the index that search-index.<hash>.js puts in
   window.GALLEY_SEARCH. No network, no framework; works from file:// as well as a server. */
(function () {
  'use strict';
  var docs = window.GALLEY_SEARCH || [];
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) {
    return;
  }
  var root = form.getAttribute('data-root') || '';
  // The page's words, in the site's language: "none" around the query, and one message per
  // CLDR plural category, chosen by the browser's own plural rules for that language.
  // (a template copied before Galley had labels has no data-messages: English then)
  var messages = JSON.parse(form.getAttribute('data-messages') || 'null') ||
    { noneBefore: 'No briefing matches \u201C', noneAfter: '\u201D.', one: 'One briefing matches.',
      other: '{count} briefings match.' };
  var lang = document.documentElement.lang || 'en';
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;

  function matches(n) {
    var form = messages[plurals ? plurals.select(n) : (n === 1 ? 'one' : 'other')] || messages.other;
    return form.split('{count}').join(String(n));
  }

  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[\u2018\u2019]/g, "'");
  }

  var prepared = docs.map(function (d) {
    return { doc: d, title: fold(d.t), dek: fold(d.k), topics: fold(d.g), text: fold(d.x) };
  });

  function terms(query) {
    return fold(query).split(/[^\p{L}\p{N}']+/u).filter(function (t) { return t.length > 0; });
  }

  function score(p, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var s = 0;
      if (p.title.indexOf(w) >= 0) { s += 10; }
      if (p.dek.indexOf(w) >= 0) { s += 5; }
      if (p.topics.indexOf(w) >= 0) { s += 5; }
      if (p.text.indexOf(w) >= 0) { s += 1; }
      if (s === 0) { return 0; }
      total += s;
    }
    return total;
  }

  function snippet(p, words) {
    var text = p.doc.x;
    var at = -1;
    for (var i = 0; i < words.length && at < 0; i++) {
      at = p.text.indexOf(words[i]);
    }
    if (at < 0) {
      return p.doc.k || text.slice(0, 160);
    }
    var from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 60)));
    var to = text.indexOf(' ', Math.min(text.length, at + 120));
    if (to < 0) { to = text.length; }
    return (from > 0 ? '\u2026' : '') + text.slice(from, to).trim() + (to < text.length ? '\u2026' : '');
  }

  function show(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var words = terms(query);
    if (words.length === 0) {
      status.textContent = '';
      return;
    }
    var hits = [];
    prepared.forEach(function (p, i) {
      var s = score(p, words);
      if (s > 0) { hits.push({ p: p, s: s, i: i }); }
    });
    hits.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    status.textContent = hits.length === 0 ? messages.noneBefore + query + messages.noneAfter
      : matches(hits.length);
    hits.forEach(function (h) {
      var li = document.createElement('li');
      if (h.p.doc.l && h.p.doc.l !== lang) { li.lang = h.p.doc.l; }
      var a = document.createElement('a');
      a.href = root + h.p.doc.u;
      a.textContent = h.p.doc.t;
      var title = document.createElement('h2');
      title.className = 'result-title';
      title.appendChild(a);
      li.appendChild(title);
      if (h.p.doc.d) {
        var line = document.createElement('p');
        line.className = 'dateline';
        var time = document.createElement('time');
        time.setAttribute('datetime', h.p.doc.d);
        time.textContent = h.p.doc.dt || h.p.doc.d;
        line.appendChild(time);
        li.appendChild(line);
      }
      var p = document.createElement('p');
      p.className = 'snippet';
      p.textContent = snippet(h.p, words);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  show(query);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
    try {
      history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    } catch (ignored) {
      /* some browsers refuse history changes on file:// pages; the results still show */
    }
  });
})();
