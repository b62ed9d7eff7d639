/* geomap map page: markers, clusters, filters, the event list and popups.
 *
 * geomapStart(map) reads the run's data from the JSON script element #geomap-data
 * and the basemap from #geomap-basemap. Article text reaches the page only through textContent
 * and DOM properties (title, href after an http(s) check), never as markup; marker and cluster
 * icons are built from numbers and palette colours only. Popups are built when opened, and the
 * event list is rendered in chunks as it scrolls, so runs of thousands of events stay fast.
 */
(function () {
  'use strict';

  var DAY = 864e5;
  var CHUNK = 200;
  var HIST_BARS = 60;
  var FIT_ZOOM = 6;  /* fitting the events never zooms in further: the country stays in view */
  var GRAY = '#737373';
  var GEO_PRECISION = {1: 'settlement', 2: 'near or part of a settlement', 3: 'region or country'};
  var SEARCHED = ['place', 'place_name', 'sentence', 'title', 'sources', 'event_type',
    'sub_event_type', 'actor1', 'actor2', 'admin1', 'country_code', 'document'];

  function byId(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null && text !== '') node.textContent = String(text);
    return node;
  }
  function readJson(id) {
    var node = byId(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function dayOf(iso) {
    if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
    return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  }
  function isoOf(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
  function httpUrl(url) { return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null; }
  function link(href, text) {
    var a = el('a', null, text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }
  function fmt(n) { return Number(n).toLocaleString('en-US'); }
  function plural(n, word) { return fmt(n) + ' ' + word + (n === 1 ? '' : 's'); }
  function safeColor(c) { return /^#[0-9a-fA-F]{6}$/.test(c) ? c : GRAY; }
  function swatch(color) {
    var s = el('span', 'gm-swatch');
    s.style.background = color;
    return s;
  }

  /* ---- events ---------------------------------------------------------------------------- */

  function makeEvents(data) {
    var index = {};
    data.fields.forEach(function (name, i) { index[name] = i; });
    return data.rows.map(function (row, i) {
      function get(name) { var k = index[name]; return k === undefined ? null : row[k]; }
      var type = get('event_type') || '';
      var day = dayOf(get('date'));
      var t0 = dayOf(get('date_start')), t1 = dayOf(get('date_end'));
      if (t0 === null) t0 = day;
      if (t1 === null) t1 = day;
      if (t0 === null) t0 = t1;
      if (t1 === null) t1 = t0;
      return {
        i: i, get: get, type: type, day: day !== null ? day : t0, t0: t0, t1: t1,
        lat: Number(get('lat')), lon: Number(get('lon')),
        color: safeColor(data.colors[type] || data.other),
        mentions: Math.max(1, Math.floor(Number(get('mentions'))) || 1),
        confidence: Number(get('confidence')) || 0,
        place: String(get('place') || ''), text: null, marker: null, row: null
      };
    });
  }

  function searchText(ev) {
    if (ev.text === null) {
      ev.text = SEARCHED.map(function (k) { var v = ev.get(k); return v === null ? '' : String(v); })
        .join('\n').toLowerCase();
    }
    return ev.text;
  }

  var SORTS = {
    'date-desc': function (a, b) { return dated(b) - dated(a) || a.i - b.i; },
    'date-asc': function (a, b) { return datedAsc(a) - datedAsc(b) || a.i - b.i; },
    'place': function (a, b) { return a.place.localeCompare(b.place) || dated(b) - dated(a); },
    'mentions': function (a, b) { return b.mentions - a.mentions || dated(b) - dated(a); },
    'confidence': function (a, b) { return b.confidence - a.confidence || dated(b) - dated(a); }
  };
  function dated(ev) { return ev.day === null ? -1e9 : ev.day; }
  function datedAsc(ev) { return ev.day === null ? 1e9 : ev.day; }

  /* ---- icons and popups ------------------------------------------------------------------ */

  function markerIcon(ev, selected) {
    var size = 16 + 3 * Math.min(ev.mentions - 1, 6);
    return L.divIcon({
      className: 'gm-marker' + (selected ? ' gm-selected' : ''),
      iconSize: [size, size], popupAnchor: [0, -size / 2],
      html: '<span style="background:' + ev.color + '">' + (ev.mentions > 1 ? ev.mentions : '') +
        '</span>'
    });
  }

  function clusterIcon(order) {
    return function (cluster) {
      var children = cluster.getAllChildMarkers(), total = children.length, counts = {};
      children.forEach(function (m) { counts[m.gmEvent.color] = (counts[m.gmEvent.color] || 0) + 1; });
      var stops = [], done = 0;
      order.forEach(function (color) {
        if (!counts[color]) return;
        var from = done / total * 100;
        done += counts[color];
        stops.push(color + ' ' + from.toFixed(2) + '% ' + (done / total * 100).toFixed(2) + '%');
      });
      var size = total < 10 ? 32 : total < 100 ? 38 : total < 1000 ? 46 : 54;
      return L.divIcon({
        className: 'gm-cluster', iconSize: [size, size],
        html: '<div style="background:conic-gradient(' + stops.join(',') + ')"><span>' +
          fmt(total) + '</span></div>'
      });
    };
  }

  /* The sentence with the place name and the trigger words marked: text nodes only. */
  function sentenceNode(sentence, name, trigger) {
    var p = el('p', 'gm-sentence');
    var marks = [];
    [[name, 'gm-place'], [trigger, 'gm-trigger']].forEach(function (pair) {
      var words = pair[0];
      if (!words) return;
      var at = sentence.indexOf(words);
      if (at < 0) at = sentence.toLowerCase().indexOf(words.toLowerCase());
      var free = marks.every(function (m) { return at + words.length <= m[0] || at >= m[1]; });
      if (at >= 0 && free) marks.push([at, at + words.length, pair[1]]);
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var done = 0;
    marks.forEach(function (m) {
      p.appendChild(document.createTextNode(sentence.slice(done, m[0])));
      p.appendChild(el('mark', m[2], sentence.slice(m[0], m[1])));
      done = m[1];
    });
    p.appendChild(document.createTextNode(sentence.slice(done)));
    return p;
  }

  var LINKS = {
    clause: 'in the clause that names the place',
    sentence: 'in the sentence that names the place',
    next: 'in a sentence after the one that names the place',
    previous: 'in the sentence before the one that names the place'
  };

  function whyText(g) {
    if (!g('trigger')) return null;
    return '\u201c' + g('trigger') + '\u201d, ' + (LINKS[g('link')] || String(g('link') || ''));
  }

  function fact(table, label, value) {
    if (value === null || value === undefined || value === '') return;
    var tr = el('tr');
    tr.appendChild(el('th', null, label));
    var td = el('td');
    if (value instanceof Node) td.appendChild(value); else td.textContent = String(value);
    tr.appendChild(td);
    table.appendChild(tr);
  }

  function dateText(g) {
    if (!g('date')) return 'unknown';
    var text = g('date') + ' (' + (g('date_precision') || 'unknown') + ', ' +
      (g('date_basis') || 'unknown') + ')';
    if (g('date_start') && g('date_end') && g('date_start') !== g('date_end')) {
      text += '; between ' + g('date_start') + ' and ' + g('date_end');
    }
    return text;
  }

  function placeNode(g) {
    var span = el('span');
    var where = [g('admin1'), g('country_code')].filter(Boolean).join(', ');
    span.appendChild(document.createTextNode((g('place') || '') + (where ? ', ' + where : '')));
    var id = Number(g('geonameid'));
    if (isFinite(id) && id > 0) {
      span.appendChild(document.createTextNode(' \u00b7 '));
      if (id < 9e8) span.appendChild(link('https://www.geonames.org/' + id, 'GeoNames ' + id));
      else span.appendChild(document.createTextNode('geomap ' + id));
    }
    if (g('place_name') && g('place_name') !== g('place')) {
      span.appendChild(document.createTextNode(' \u00b7 written \u201c' + g('place_name') + '\u201d'));
    }
    return span;
  }

  function sourcesNode(g) {
    var names = String(g('sources') || '').split(';').map(function (s) { return s.trim(); })
      .filter(Boolean);
    var url = httpUrl(g('url'));
    if (!names.length && !url) return null;
    var span = el('span');
    if (!names.length) names = [url];
    names.forEach(function (name, i) {
      if (i) span.appendChild(document.createTextNode('; '));
      span.appendChild(i === 0 && url ? link(url, name) : document.createTextNode(name));
    });
    return span;
  }

  function articleNode(g) {
    var title = g('title') || g('document');
    var url = httpUrl(g('url'));
    var span = el('span');
    span.appendChild(url ? link(url, title) : document.createTextNode(title || ''));
    if (g('published')) span.appendChild(document.createTextNode(', published ' + g('published')));
    return span;
  }

  /* The overrides.tsv line that stops the place name finding this place, ready to copy (a
     click selects it whole): with it, the next build places the name at its next candidate
     (see "Why here"). Text only, as every popup field. */
  function overrideNode(g) {
    var id = Number(g('geonameid'));
    var name = String(g('place_name') || '').replace(/[\t\r\n]+/g, ' ');
    if (!name || !isFinite(id) || id <= 0) return null;
    var line = ['suppress', name, String(id), '', '', '', '',
                'wrong place for ' + name + ' in ' + String(g('document') || '')
                  .replace(/[\t\r\n]+/g, ' ')].join('\t');
    var code = el('code', 'gm-override', line);
    code.title = 'Wrong point? Add this line to overrides.tsv and rebuild the gazetteer';
    return code;
  }

  function popupNode(ev) {
    var g = ev.get, box = el('div', 'gm-popup');
    var head = el('div', 'gm-popup-type');
    head.appendChild(swatch(ev.color));
    head.appendChild(el('span', null, [g('event_type') || 'Unclassified', g('sub_event_type')]
      .filter(Boolean).join(' \u00b7 ')));
    box.appendChild(head);
    box.appendChild(sentenceNode(String(g('sentence') || ''), String(g('place_name') || ''),
                                 String(g('trigger') || '')));
    var t = el('table', 'gm-facts');
    fact(t, 'Why', whyText(g));
    fact(t, 'Date', dateText(g));
    fact(t, 'Place', placeNode(g));
    fact(t, 'Why here', g('place_why'));
    fact(t, 'Wrong place?', overrideNode(g));
    var precision = g('geo_precision');
    fact(t, 'Geo precision', precision === null ? null
      : (GEO_PRECISION[precision] || 'level') + ' (' + precision + ')');
    fact(t, 'Confidence', g('confidence') === null ? null : Number(g('confidence')).toFixed(2));
    fact(t, 'Actors', [g('actor1'), g('actor2')].filter(Boolean).join(' vs '));
    fact(t, 'Fatalities', g('fatalities'));
    fact(t, 'Reported by', plural(ev.mentions, 'article'));
    fact(t, 'Sources', sourcesNode(g));
    fact(t, 'Article', articleNode(g));
    fact(t, 'Language', g('language'));
    fact(t, 'Event id', el('span', 'gm-id', g('event_id')));
    box.appendChild(t);
    return box;
  }

  /* ---- basemap --------------------------------------------------------------------------- */

  var CONTEXT_ZOOM = 5, DIVISION_NAMES = [6, 9];  /* borders and rivers from zoom 5, names from 6 to 9 */

  function basemap(map, geo, towns, context) {
    var group = L.layerGroup();
    if (!geo) return group;
    var renderer = L.canvas({padding: 0.5});
    L.geoJSON(geo, {
      renderer: renderer, interactive: false, attribution: 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) \u00b7 Borders: Natural Earth \u00b7 Rivers: GSHHG',
      style: {color: '#a3a8ad', weight: 0.8, fillColor: '#f6f3ec', fillOpacity: 1}
    }).addTo(group);
    /* rivers and first-order division borders around the events, from zoom 5 */
    var inner = L.layerGroup();
    function lines(list, style) {
      (list || []).forEach(function (flat) {
        var latlngs = [];
        for (var i = 0; i + 1 < flat.length; i += 2) {
          var lon = Number(flat[i]), lat = Number(flat[i + 1]);
          if (isFinite(lon) && isFinite(lat)) latlngs.push([lat, lon]);
        }
        if (latlngs.length > 1) {
          inner.addLayer(L.polyline(latlngs, L.extend({renderer: renderer, interactive: false},
                                                      style)));
        }
      });
    }
    context = context || {};
    lines(context.rivers, {color: '#a9c8de', weight: 1.2, className: 'gm-river'});
    lines(context.borders, {color: '#b8b2a7', weight: 0.8, dashArray: '4 3'});
    map.createPane('gmLabels').style.zIndex = 450;
    var labels = L.layerGroup().addTo(group);
    var items = geo.features.map(function (f) {
      var name = el('span', null, f.properties.name);
      var marker = L.marker([f.properties.label[1], f.properties.label[0]], {
        pane: 'gmLabels', interactive: false, keyboard: false,
        icon: L.divIcon({className: 'gm-country', html: name, iconSize: null})
      });
      return {zoom: Number(f.properties.min_zoom) || 5, marker: marker};
    });
    /* towns around the events, named as one zooms in: the most populous first */
    (towns || []).forEach(function (t) {
      var lon = Number(t[0]), lat = Number(t[1]);
      if (!isFinite(lon) || !isFinite(lat)) return;
      var name = el('span', null, String(t[2]));
      var marker = L.marker([lat, lon], {
        pane: 'gmLabels', interactive: false, keyboard: false,
        icon: L.divIcon({className: 'gm-town', html: name, iconSize: null})
      });
      items.push({zoom: Number(t[3]) || 11, marker: marker});
    });
    /* the divisions' names at the zooms between a country and its towns */
    (context.names || []).forEach(function (d) {
      var lon = Number(d[0]), lat = Number(d[1]);
      if (!isFinite(lon) || !isFinite(lat)) return;
      var marker = L.marker([lat, lon], {
        pane: 'gmLabels', interactive: false, keyboard: false,
        icon: L.divIcon({className: 'gm-division', html: el('span', null, String(d[2])),
                         iconSize: null})
      });
      items.push({zoom: DIVISION_NAMES[0], upTo: DIVISION_NAMES[1], marker: marker});
    });
    function update() {
      var z = map.getZoom() - 0.3;
      var wantInner = map.getZoom() >= CONTEXT_ZOOM;
      if (wantInner && !group.hasLayer(inner)) group.addLayer(inner);
      else if (!wantInner && group.hasLayer(inner)) group.removeLayer(inner);
      items.forEach(function (item) {
        var want = item.zoom <= z && (item.upTo === undefined || z < item.upTo + 0.7),
          has = labels.hasLayer(item.marker);
        if (want && !has) labels.addLayer(item.marker);
        else if (!want && has) labels.removeLayer(item.marker);
      });
    }
    map.on('zoomend', update);
    update();
    return group;
  }

  /* ---- the page -------------------------------------------------------------------------- */

  window.geomapStart = function (map) {
    var data = readJson('geomap-data');
    map.setMinZoom(2);
    map.setMaxZoom(18);  /* no tile layer sets it offline; markercluster needs one */
    if (data.large) return window.geomapStartLarge(map, data);  /* overview.js */
    var events = makeEvents(data);
    var order = Object.keys(data.colors).map(function (k) { return safeColor(data.colors[k]); });
    order.push(safeColor(data.other));
    var state = {types: {}, from: null, to: null, undated: true, query: '', sort: 'date-desc',
                 fresh: false, language: ''};
    var shown = [], selected = null;

    document.title = data.title;
    byId('gm-title').textContent = data.title;
    byId('gm-summary').textContent = data.summary;

    var cluster = L.markerClusterGroup({
      maxClusterRadius: 45, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
      iconCreateFunction: clusterIcon(order)
    });
    events.forEach(function (ev) {
      var marker = L.marker([ev.lat, ev.lon], {icon: markerIcon(ev, false), title: ev.place,
        alt: ev.place, riseOnHover: true});
      marker.gmEvent = ev;
      marker.bindPopup(function () { return popupNode(ev); },
        {maxWidth: 380, minWidth: 280, autoPanPadding: [30, 30]});
      marker.on('popupopen', function () { select(ev, true); });
      ev.marker = marker;
    });

    var base = basemap(map, readJson('geomap-basemap'), readJson('geomap-towns'),
                      readJson('geomap-context')).addTo(map);
    var osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> ' +
        'contributors'
    });
    cluster.addTo(map);
    L.control.layers({'Countries (offline)': base, 'OpenStreetMap (online)': osm},
      {'Events': cluster}, {position: 'topright'}).addTo(map);
    legend(map, data, countBy(events.length, function (i) { return events[i].type; }));
    fitControl(map);

    /* -- what changed since the collection's previous run -- */
    function isFresh(ev) {
      var s = ev.get('status');
      return s === 'new' || s === 'changed';
    }
    if (data.previous) {
      byId('gm-changes').hidden = false;
      byId('gm-previous').textContent = data.previous;
      byId('gm-new-count').textContent = fmt(events.filter(isFresh).length);
      byId('gm-new-only').addEventListener('change', function () {
        state.fresh = this.checked;
        apply();
      });
    }

    /* -- filters -- */
    var types = typeList(data, countBy(events.length, function (i) { return events[i].type; }));
    typeControls(types, state, apply);
    languageControl(countBy(events.length, function (i) {
      return String(events[i].get('language') || '');
    }), state, apply);
    var time = timeControls(events.length, function (i) { return events[i].t0; },
      function (i) { return events[i].t1; }, function (i) { return events[i].day; }, state, apply);
    var search = byId('gm-search'), timer = null;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.query = search.value.trim().toLowerCase(); apply(); }, 150);
    });
    byId('gm-sort').addEventListener('change', function () {
      state.sort = this.value;
      apply();
    });

    function passes(ev) {
      if (!state.types[ev.type]) return false;
      if (state.fresh && !isFresh(ev)) return false;
      if (state.language && String(ev.get('language') || '') !== state.language) return false;
      if (ev.t0 === null) {
        if (!state.undated) return false;
      } else if (state.from !== null && (ev.t1 < state.from || ev.t0 > state.to)) {
        return false;
      }
      return !state.query || searchText(ev).indexOf(state.query) >= 0;
    }

    function apply() {
      shown = events.filter(passes).sort(SORTS[state.sort]);
      if (selected && !passes(selected)) select(null);
      cluster.clearLayers();
      cluster.addLayers(shown.map(function (ev) { return ev.marker; }));
      list.show(shown);
      time.draw();
      showCounts(shown.length, events.length);
    }

    /* -- list -- */
    var list = eventList(function (ev) { return rowOf(ev); }, function () {
      return events.length ? 'No event matches the filters.' : 'No event was found in these articles.';
    });
    function rowOf(ev) {
      if (ev.row) return ev.row;
      var g = ev.get, row = el('div', 'gm-row');
      row.setAttribute('role', 'listitem');
      row.tabIndex = 0;
      row.appendChild(swatch(ev.color));
      var main = el('div', 'gm-row-main'), top = el('div', 'gm-row-top');
      top.appendChild(el('strong', null, ev.place));
      if (data.previous && isFresh(ev)) top.appendChild(el('span', 'gm-badge', g('status')));
      top.appendChild(el('span', 'gm-row-date', g('date') || 'undated'));
      main.appendChild(top);
      main.appendChild(el('div', 'gm-row-text', g('sentence')));
      var sources = String(g('sources') || '').split(';').filter(Boolean);
      main.appendChild(el('div', 'gm-row-meta', [ev.type || 'Unclassified',
        ev.mentions > 1 ? plural(ev.mentions, 'article') : '',
        sources.length ? sources[0].trim() + (sources.length > 1 ? ' +' + (sources.length - 1) : '')
          : ''].filter(Boolean).join(' \u00b7 ')));
      row.appendChild(main);
      onActivate(row, function () { focus(ev); });
      ev.row = row;
      return row;
    }
    function focus(ev) {
      select(ev, false);
      map.setView(ev.marker.getLatLng(), Math.max(map.getZoom(), 6), {animate: false});
      cluster.zoomToShowLayer(ev.marker, function () { ev.marker.openPopup(); });
    }
    function select(ev, scroll) {
      if (selected === ev) return;
      if (selected) {
        selected.marker.setIcon(markerIcon(selected, false));
        if (selected.row) selected.row.classList.remove('gm-row-selected');
      }
      selected = ev;
      if (!ev) return;
      ev.marker.setIcon(markerIcon(ev, true));
      var at = shown.indexOf(ev);
      list.reveal(at);
      if (ev.row) {
        ev.row.classList.add('gm-row-selected');
        if (scroll) ev.row.scrollIntoView({block: 'nearest'});
      }
    }

    /* -- events without a place -- */
    var unplaced = data.unplaced || [];
    byId('gm-stat-unplaced').textContent = String(unplaced.length);
    if (unplaced.length) {
      byId('gm-unplaced-panel').hidden = false;
      byId('gm-unplaced-count').textContent = String(unplaced.length);
      var ul = byId('gm-unplaced');
      unplaced.forEach(function (item) {
        var li = el('li');
        var head = el('strong', null, item.place_name ? '\u201c' + item.place_name + '\u201d'
          : 'no place named');
        li.appendChild(head);
        if (item.note) li.appendChild(document.createTextNode(' \u2014 ' + item.note));
        if (item.sentence) li.appendChild(el('div', 'gm-row-text', item.sentence));
        var meta = el('span', 'gm-row-meta');
        var url = httpUrl(item.url), title = item.title || item.document || '';
        meta.appendChild(url ? link(url, title) : document.createTextNode(title));
        var when = [item.event_type, item.date].filter(Boolean).join(', ');
        if (when) meta.appendChild(document.createTextNode(' \u00b7 ' + when));
        li.appendChild(meta);
        ul.appendChild(li);
      });
    }

    showWarnings(data);

    /* The view is set before the markers are clustered, so no zoom animation is under way when
       the page says it is ready. */
    if (events.length) {
      map.fitBounds(L.latLngBounds(events.map(function (ev) { return [ev.lat, ev.lon]; })),
        {padding: [40, 40], maxZoom: FIT_ZOOM, animate: false});
    } else {
      map.setView([30, 15], 2, {animate: false});
    }
    apply();

    window.geomap = {
      map: map, cluster: cluster, total: events.length,
      shown: function () { return shown.length; },
      focus: function (i) { focus(events[i]); }
    };
    document.documentElement.setAttribute('data-geomap-ready', '1');
  };

  /* -- type filter -- */
  function typeControls(types, state, apply) {
    var ul = byId('gm-types'), boxes = [];
    types.forEach(function (t) {
      state.types[t.key] = true;
      var li = el('li'), label = el('label'), box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.addEventListener('change', function () {
        state.types[t.key] = box.checked;
        li.classList.toggle('gm-off', !box.checked);
        apply();
      });
      label.appendChild(box);
      label.appendChild(swatch(t.color));
      label.appendChild(el('span', null, t.label));
      label.appendChild(el('span', 'gm-n', fmt(t.count)));
      li.appendChild(label);
      ul.appendChild(li);
      boxes.push([t, box, li]);
    });
    function all(on) {
      boxes.forEach(function (b) {
        b[1].checked = on;
        state.types[b[0].key] = on;
        b[2].classList.toggle('gm-off', !on);
      });
      apply();
    }
    byId('gm-types-all').addEventListener('click', function () { all(true); });
    byId('gm-types-none').addEventListener('click', function () { all(false); });
  }

  /* -- language filter: shown when the run holds articles of more than one language -- */
  function languageControl(counts, state, apply) {
    var codes = Object.keys(counts).filter(Boolean).sort();
    if (codes.length < 2) return;
    var select = byId('gm-language');
    codes.forEach(function (code) {
      var option = el('option', null, code + ' (' + fmt(counts[code]) + ')');
      option.value = code;
      select.appendChild(option);
    });
    byId('gm-language-box').hidden = false;
    select.addEventListener('change', function () {
      state.language = select.value;
      apply();
    });
  }

  /* -- time filter -- */
  /* over n events, by accessors of their first, last and own day (null when unknown) */
  function timeControls(n, t0Of, t1Of, dayOf_, state, apply) {
    var dated = 0, i;
    var from = byId('gm-from'), to = byId('gm-to'), hist = byId('gm-hist');
    var undated = byId('gm-undated'), play = byId('gm-play');
    // loops, not Math.min.apply: an argument list of 100,000 values overflows the stack
    var min = Infinity, max = -Infinity;
    for (i = 0; i < n; i++) {
      var a = t0Of(i);
      if (a === null) continue;
      dated++;
      if (a < min) min = a;
      var z = t1Of(i);
      if (z > max) max = z;
    }
    byId('gm-undated-count').textContent = String(n - dated);
    undated.addEventListener('change', function () { state.undated = undated.checked; apply(); });
    if (!dated) {
      ['gm-range', 'gm-hist', 'gm-play', 'gm-time-reset'].forEach(function (id) { byId(id).hidden = true; });
      byId('gm-time-note').hidden = false;
      return {draw: function () {}};
    }
    var span = max - min, width = Math.max(1, Math.ceil((span + 1) / HIST_BARS));
    var bars = [], counts = [], timer = null, playing = null;
    for (var b = 0; b * width <= span; b++) { counts.push(0); bars.push(hist.appendChild(el('div'))); }
    for (i = 0; i < n; i++) {
      if (t0Of(i) !== null) counts[Math.floor((dayOf_(i) - min) / width)] += 1;
    }
    var top = counts.reduce(function (a, c) { return c > a ? c : a; }, 0);
    bars.forEach(function (bar, i) {
      bar.style.height = (counts[i] ? Math.max(8, counts[i] / top * 100) : 0) + '%';
      bar.title = isoOf(min + i * width) + ': ' + plural(counts[i], 'event');
    });
    [from, to].forEach(function (input) {
      input.max = String(span);
      input.addEventListener('input', function () {
        if (+from.value > +to.value) {
          if (input === from) to.value = from.value; else from.value = to.value;
        }
        changed(true);
      });
    });
    from.value = '0';
    to.value = String(span);
    byId('gm-stat-dates').textContent = min === max ? isoOf(min) : isoOf(min) + ' \u2013 ' + isoOf(max);
    byId('gm-time-reset').addEventListener('click', function () {
      stop();
      from.value = '0';
      to.value = String(span);
      changed(false);
    });
    play.addEventListener('click', function () {
      if (playing) { stop(); return; }
      var window_ = +to.value - +from.value;
      if (window_ >= span) window_ = Math.max(0, Math.round(span / 10));
      if (+to.value >= span || window_ !== +to.value - +from.value) {
        from.value = '0';
        to.value = String(window_);
      }
      var step = Math.max(1, Math.round(span / 40));
      play.setAttribute('aria-pressed', 'true');
      play.textContent = 'pause';
      changed(false);
      playing = setInterval(function () {
        if (+to.value >= span) { stop(); return; }
        to.value = String(Math.min(span, +to.value + step));
        from.value = String(Math.min(+to.value - window_, +from.value + step));
        changed(false);
      }, 700);
    });
    function stop() {
      if (playing) clearInterval(playing);
      playing = null;
      play.setAttribute('aria-pressed', 'false');
      play.textContent = 'play';
    }
    function changed(debounce) {
      state.from = min + +from.value;
      state.to = min + +to.value;
      byId('gm-from-label').textContent = isoOf(state.from);
      byId('gm-to-label').textContent = isoOf(state.to);
      clearTimeout(timer);
      if (debounce) timer = setTimeout(apply, 60); else apply();
    }
    state.from = min;
    state.to = max;
    byId('gm-from-label').textContent = isoOf(min);
    byId('gm-to-label').textContent = isoOf(max);
    var fill = byId('gm-range-fill');
    return {
      draw: function () {
        var a = span ? +from.value / span : 0, z = span ? +to.value / span : 1;
        fill.style.left = 'calc(7px + (100% - 14px) * ' + a + ')';
        fill.style.width = 'calc((100% - 14px) * ' + (z - a) + ')';
        bars.forEach(function (bar, i) {
          var a = min + i * width, z = a + width - 1;
          bar.classList.toggle('gm-in', z >= state.from && a <= state.to);
        });
      }
    };
  }

  /* the number of events shown, in the header and above the list */
  function showCounts(shown, total) {
    byId('gm-stat-shown').textContent = shown === total ? plural(total, 'event')
      : fmt(shown) + ' of ' + plural(total, 'event');
    byId('gm-list-count').textContent = shown === total ? fmt(total) : fmt(shown) + ' / ' + fmt(total);
  }

  /* The event list, rendered CHUNK rows at a time as it scrolls; rowOf makes an item's row. */
  function eventList(rowOf, emptyText) {
    var node = byId('gm-list'), items = [], rendered = 0;
    function more() {
      var end = Math.min(items.length, rendered + CHUNK), frag = document.createDocumentFragment();
      for (; rendered < end; rendered++) frag.appendChild(rowOf(items[rendered]));
      node.appendChild(frag);
    }
    node.addEventListener('scroll', function () {
      if (node.scrollTop + node.clientHeight > node.scrollHeight - 400) more();
    });
    return {
      show: function (shown) {
        items = shown;
        node.textContent = '';
        rendered = 0;
        node.scrollTop = 0;
        if (!items.length) node.appendChild(el('div', 'gm-empty', emptyText()));
        more();
      },
      reveal: function (at) { while (at >= rendered && rendered < items.length) more(); }
    };
  }

  /* call fn when a list row is clicked, or activated from the keyboard (Enter, space) */
  function onActivate(node, fn) {
    node.addEventListener('click', fn);
    node.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fn(); }
    });
  }

  /* the run's warnings (skipped files and lines, guessed encodings), as text */
  function showWarnings(data) {
    var warnings = data.warnings || [];
    if (!warnings.length) return;
    byId('gm-warnings-panel').hidden = false;
    byId('gm-warnings-count').textContent = String(warnings.length);
    var wl = byId('gm-warnings');
    warnings.forEach(function (line) { wl.appendChild(el('li', null, line)); });
  }

  /* how many of n items have each key */
  function countBy(n, keyOf) {
    var counts = {};
    for (var i = 0; i < n; i++) { var k = keyOf(i); counts[k] = (counts[k] || 0) + 1; }
    return counts;
  }

  function typeList(data, counts) {
    var keys = Object.keys(data.colors).filter(function (k) { return counts[k]; });
    Object.keys(counts).sort().forEach(function (k) {
      if (keys.indexOf(k) < 0 && k) keys.push(k);
    });
    if (counts['']) keys.push('');
    return keys.map(function (k) {
      return {key: k, label: k || 'Unclassified', count: counts[k],
        color: safeColor(data.colors[k] || data.other)};
    });
  }

  function legend(map, data, counts) {
    var control = L.control({position: 'bottomright'});
    control.onAdd = function () {
      var box = el('div', 'gm-legend');
      box.appendChild(el('strong', null, 'Event types'));
      var types = typeList(data, counts);
      if (!types.length) types = Object.keys(data.colors).map(function (k) {
        return {label: k, color: safeColor(data.colors[k])};
      });
      types.forEach(function (t) {
        var row = el('div');
        row.appendChild(swatch(t.color));
        row.appendChild(el('span', null, t.label));
        box.appendChild(row);
      });
      box.appendChild(el('p', null, 'A number on a marker: articles reporting the event. ' +
        'Rings: clusters, shared out by type.'));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    control.addTo(map);
  }

  function fitControl(map) {
    var control = L.control({position: 'topleft'});
    control.onAdd = function () {
      var bar = el('div', 'leaflet-bar gm-fit'), a = el('a', null, '\u2922');
      a.href = '#';
      a.title = 'Zoom to the events shown';
      a.setAttribute('role', 'button');
      L.DomEvent.on(a, 'click', function (e) {
        L.DomEvent.preventDefault(e);
        if (window.geomap && window.geomap.fit) { window.geomap.fit(); return; }
        var layers = window.geomap && window.geomap.cluster;
        if (layers && layers.getLayers().length) {
          map.fitBounds(layers.getBounds(), {padding: [40, 40], maxZoom: FIT_ZOOM});
        }
      });
      bar.appendChild(a);
      return bar;
    };
    control.addTo(map);
  }

  /* what overview.js, the page of a large run, shares with this one */
  window.geomapShared = {
    el: el, byId: byId, fmt: fmt, plural: plural, isoOf: isoOf, safeColor: safeColor,
    swatch: swatch, markerIcon: markerIcon, clusterIcon: clusterIcon, popupNode: popupNode,
    basemap: basemap, legend: legend, fitControl: fitControl, typeList: typeList,
    typeControls: typeControls, languageControl: languageControl, timeControls: timeControls,
    readJson: readJson, showCounts: showCounts, eventList: eventList, showWarnings: showWarnings,
    onActivate: onActivate,
    FIT_ZOOM: FIT_ZOOM
  };
})();
