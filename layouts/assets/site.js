// Dateline: small enhancements. Every page works without them, search excepted.
(function () {
  'use strict';

  // Opened from disk (file:), a folder link does not open its index.html: point links at it.
  function fixFileLinks() {
    if (location.protocol !== 'file:') return;
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href');
      if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === '#' || href.charAt(0) === '/') continue;
      var hash = href.indexOf('#');
      var path = hash >= 0 ? href.slice(0, hash) : href;
      var fragment = hash >= 0 ? href.slice(hash) : '';
      if (/\/$/.test(path)) links[i].setAttribute('href', path + 'index.html' + fragment);
      else if (path === '.' || path === '..' || /\/\.\.?$/.test(path)) links[i].setAttribute('href', path + '/index.html' + fragment);
    }
  }

  // ---------------------------------------------------------------------------
  // Search: Pagefind's JavaScript API behind a plain form.

  var PAGE = 10; // results shown at a time
  var DEBOUNCE = 250; // ms of quiet typing before searching

  function fetchJson(url) {
    return fetch(url).then(function (r) {
      return r.ok ? r.json() : null;
    }).catch(function () {
      return null;
    });
  }

  /** The language index Pagefind opens for this page (its own rule: exact tag, primary subtag, else the biggest). */
  function primaryLanguage(entry) {
    var langs = (entry && entry.languages) || {};
    var lang = (document.documentElement.getAttribute('lang') || 'unknown').toLowerCase();
    if (langs[lang]) return lang;
    if (langs[lang.split('-')[0]]) return lang.split('-')[0];
    var best = null;
    Object.keys(langs).forEach(function (k) {
      if (!best || langs[k].page_count > langs[best].page_count) best = k;
    });
    return best;
  }

  /** Pagefind's excerpt as nodes: text and <mark> only, whatever the index holds. */
  function excerptNodes(excerpt) {
    var doc = new DOMParser().parseFromString('<p>' + excerpt + '</p>', 'text/html');
    var out = document.createDocumentFragment();
    (function walk(node) {
      node.childNodes.forEach(function (c) {
        if (c.nodeType === 3) out.appendChild(document.createTextNode(c.textContent));
        else if (c.nodeName === 'MARK') {
          var m = document.createElement('mark');
          m.textContent = c.textContent;
          out.appendChild(m);
        } else walk(c);
      });
    })(doc.body.firstChild);
    return out;
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function first(list) {
    return list && list.length ? list[0] : null;
  }

  /** The address of a result's event (its id is a filter of the result), or null. */
  function eventHref(data, root) {
    var id = first((data.filters || {}).event);
    return id ? root + 'events/' + encodeURIComponent(id) + '/' : null;
  }

  /** "3 reports of this event". */
  function eventReports(meta) {
    var n = Number(meta.event_reports || 0);
    return n === 1 ? '1 report of this event' : n + ' reports of this event';
  }

  /** One report found: its headline, outlet and full date, the words that matched, and its event. */
  function resultItem(data, root, level) {
    var meta = data.meta || {};
    var filters = data.filters || {};
    var outlet = meta.outlet || first(filters.outlet) || 'Outlet not named';
    var link = el('a', { href: data.url }, [meta.title || data.url]);
    if (meta.lang) link.setAttribute('lang', meta.lang);
    link.setAttribute('dir', 'auto');
    var when = meta.date ? el('time', { datetime: meta.date }, [meta.date_label || meta.date]) : el('span', {}, [meta.date_label || 'Undated']);
    var line = el('p', { class: 'item-meta' }, [el('bdi', {}, [outlet]), ' · ', when]);
    var desc = el('p', { class: 'item-desc', dir: 'auto' });
    desc.appendChild(excerptNodes(data.excerpt || ''));
    var parts = [el(level, { class: 'item-title' }, [link]), line, desc];
    var event = eventHref(data, root);
    if (event && level === 'h3') {
      parts.push(el('p', { class: 'item-event' }, [el('a', { href: event }, [eventReports(meta)]), ': ', el('bdi', { dir: 'auto' }, [meta.event || ''])]));
    }
    return el('li', { class: 'item' }, parts);
  }

  /** The reports of one event among the results: the event's title and size, then its reports found. */
  function eventGroup(data, root) {
    var meta = data.meta || {};
    var list = el('ol', { class: 'items group-items' });
    var head = el('h3', { class: 'item-title' }, [el('a', { href: eventHref(data, root), dir: 'auto' }, [meta.event || 'Event'])]);
    var item = el('li', { class: 'event-group' }, [head, el('p', { class: 'item-meta' }, [eventReports(meta)]), list]);
    return { item: item, list: list };
  }

  function startSearch(form) {
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var input = form.querySelector('input[name="q"]');
    var sortSelect = form.querySelector('select[name="sort"]');
    var groupBox = form.querySelector('input[name="group"]');
    var filterSelects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
    var say = function (text) {
      status.textContent = text;
    };

    if (location.protocol === 'file:') {
      say('Search works when the archive is served by a web server (any static host will do); opened from disk, browse by topic, outlet or date instead.');
      return;
    }
    say('Loading the search index…');
    var bundle = new URL(form.getAttribute('data-bundle'), location.href);
    // The site's root, where the bundle's folder is: meta addresses are site-absolute, like Pagefind's own.
    var root = new URL('../', bundle).pathname;
    var pagefind;
    // The archive's current topics by key: the index files reports under keys, which may not be topics (yet).
    var topicLabels = {};
    var topicCounts = {};
    var current = 0;
    var pending = [];
    var timer = null;

    function params() {
      var q = input.value.trim();
      var filters = {};
      filterSelects.forEach(function (s) {
        if (s.value) filters[s.getAttribute('data-filter')] = s.value;
      });
      var sort = sortSelect.value ? { date: sortSelect.value === 'date-asc' ? 'asc' : 'desc' } : null;
      return { q: q, filters: filters, sort: sort };
    }

    function remember() {
      var url = new URL(location.href);
      url.search = '';
      if (input.value.trim()) url.searchParams.set('q', input.value.trim());
      filterSelects.concat([sortSelect]).forEach(function (s) {
        if (s.value) url.searchParams.set(s.name, s.value);
      });
      if (groupBox.checked) url.searchParams.set(groupBox.name, groupBox.value);
      history.replaceState(null, '', url.href);
    }

    // Results grouped by event: each event's list, by its address, so later batches join their group.
    var groups = {};

    function showMore(focusFirst) {
      var grouped = groupBox.checked;
      var batch = pending.splice(0, grouped ? PAGE * 3 : PAGE);
      var mine = current;
      return Promise.all(batch.map(function (r) {
        return r.data();
      })).then(function (datas) {
        if (mine !== current) return;
        var firstLink = null;
        datas.forEach(function (d) {
          var event = first((d.filters || {}).event);
          var li;
          if (grouped && event) {
            var group = groups[event];
            if (!group) {
              group = groups[event] = eventGroup(d, root);
              list.appendChild(group.item);
              firstLink = firstLink || group.item.querySelector('a');
            }
            li = resultItem(d, root, 'h4');
            group.list.appendChild(li);
          } else {
            li = resultItem(d, root, 'h3');
            list.appendChild(li);
          }
          firstLink = firstLink || li.querySelector('a');
        });
        more.hidden = pending.length === 0;
        if (focusFirst && firstLink) firstLink.focus();
      });
    }

    function run() {
      var p = params();
      remember();
      var mine = ++current;
      list.textContent = '';
      groups = {};
      more.hidden = true;
      pending = [];
      var filtered = Object.keys(p.filters).length > 0;
      if (!p.q && !filtered && !p.sort) {
        say('Type some words, or choose an outlet, a topic or a year.');
        return Promise.resolve();
      }
      var options = { filters: p.filters };
      if (p.sort) options.sort = p.sort;
      return pagefind.search(p.q || null, options).then(function (search) {
        if (mine !== current || !search) return;
        var n = search.results.length;
        var what = p.q ? ' for “' + p.q + '”' : '';
        var narrowed = Object.keys(p.filters).map(function (k) {
          return k + ': ' + (k === 'topic' ? topicLabels[p.filters[k]] || p.filters[k] : p.filters[k]);
        });
        say(
          (n === 0 ? 'No reports found' : n === 1 ? '1 report found' : n + ' reports found') +
            what +
            (narrowed.length ? ' (' + narrowed.join(', ') + ')' : '') +
            '.' +
            (p.sort ? (p.sort.date === 'asc' ? ' Oldest first;' : ' Newest first;') + ' undated reports are left out.' : '') +
            (groupBox.checked && n > 0 ? ' Reports of one event are shown together.' : ''),
        );
        pending = search.results.slice();
        return showMore(false);
      });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE);
    }

    function fill(select, counts, descending, labels) {
      var name = function (k) {
        return labels ? labels[k] : k;
      };
      var keys = Object.keys(counts || {}).sort(function (a, b) {
        var x = name(a).toLowerCase();
        var y = name(b).toLowerCase();
        return (x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0) * (descending ? -1 : 1);
      });
      keys.forEach(function (k) {
        select.appendChild(el('option', { value: k }, [name(k) + ' (' + counts[k] + ')']));
      });
      select.disabled = keys.length === 0;
    }

    import(new URL('pagefind.js', bundle).href)
      .then(function (module) {
        pagefind = module;
        return pagefind.options({ excerptLength: 28 });
      })
      .then(function () {
        // Shards (a bundle per year, quarter or month in large archives) and languages other than the page's are merged in.
        return Promise.all([
          fetchJson(new URL('dateline-shards.json', bundle)),
          fetchJson(new URL('pagefind-entry.json', bundle)),
          fetchJson(new URL(form.getAttribute('data-topics'), location.href)),
        ]);
      })
      .then(function (found) {
        // [key, name, reports filed under it], one per topic.
        ((found[2] && found[2].topics) || []).forEach(function (t) {
          topicLabels[t[0]] = t[1];
          topicCounts[t[0]] = t[2];
        });
        var shards = ((found[0] && found[0].merge) || []).map(function (p) {
          return new URL(p, bundle);
        });
        var primary = primaryLanguage(found[1]);
        var merges = Object.keys((found[1] && found[1].languages) || {})
          .filter(function (lang) {
            return lang !== primary;
          })
          // "./" keeps Pagefind from taking the main bundle for itself and skipping it; the browser drops it.
          .map(function (lang) {
            return { path: new URL('./', bundle).href + './', language: lang };
          });
        return Promise.all(
          shards.map(function (s) {
            return fetchJson(new URL('pagefind-entry.json', s)).then(function (entry) {
              Object.keys((entry && entry.languages) || {}).forEach(function (lang) {
                merges.push({ path: s.href, language: lang });
              });
            });
          }),
        ).then(function () {
          return merges.reduce(function (done, m) {
            return done.then(function () {
              return pagefind.mergeIndex(m.path, { language: m.language });
            });
          }, Promise.resolve());
        });
      })
      .then(function () {
        return pagefind.filters();
      })
      .then(function (filters) {
        filterSelects.forEach(function (s) {
          var name = s.getAttribute('data-filter');
          if (name === 'topic') fill(s, topicCounts, false, topicLabels);
          else fill(s, filters[name], name === 'year');
        });
        var query = new URL(location.href).searchParams;
        input.value = query.get('q') || '';
        filterSelects.concat([sortSelect]).forEach(function (s) {
          var v = query.get(s.name);
          // An address saved when the topic was given by its name still opens it.
          if (v && s.getAttribute('data-filter') === 'topic' && !topicLabels[v]) {
            v = Object.keys(topicLabels).filter(function (k) { return topicLabels[k] === v; })[0] || v;
          }
          if (v && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) s.value = v;
        });
        groupBox.checked = query.get(groupBox.name) === groupBox.value;
        form.hidden = false;
        form.addEventListener('submit', function (e) {
          e.preventDefault();
          clearTimeout(timer);
          run();
        });
        input.addEventListener('input', later);
        filterSelects.concat([sortSelect, groupBox]).forEach(function (s) {
          s.addEventListener('change', run);
        });
        more.addEventListener('click', function () {
          showMore(true);
        });
        form.setAttribute('data-ready', '');
        return run();
      })
      .catch(function (error) {
        form.hidden = true;
        say('The search index could not be loaded (' + (error && error.message ? error.message : error) + '). Browse by topic, outlet or date instead.');
      });
  }

  function ready() {
    fixFileLinks();
    var form = document.getElementById('search');
    if (form && form.getAttribute('data-bundle')) startSearch(form);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
