/* geomap map page of a large run: an aggregated overview, and the events in chunks.
 *
 * A run of more events than a page can carry (see geomap/outputs/mapdata.py) brings a compact
 * index of every event in the script index_files/index.js (typed arrays in base64: point, days,
 * type, language, status, mentions, confidence, place name; and the order newest first). The filters, the time
 * slider and the event list work on the whole index. The map shows, for the events that pass
 * the filters, counts on a grid of the screen (cells of CELL pixels, placed at their events'
 * centre, shared out by type) until few enough are in view; then the events themselves, as the
 * small page shows them. A popup's full row (sentence, sources, actors...) comes from the chunk
 * script beside the page that holds it (index_files/events-NNNNN.js, one a partition of the run),
 * loaded when first needed.
 * As on the small page, article text reaches the page only through textContent and DOM
 * properties.
 */
(function () {
  'use strict';

  var S = window.geomapShared;
  var el = S.el, byId = S.byId, fmt = S.fmt, plural = S.plural, isoOf = S.isoOf;
  var NO_DAY = -2147483648;
  var CELL = 72;          /* overview cell, in screen pixels */
  var DETAIL = 4000;      /* at most this many events in view are drawn one by one */
  var DETAIL_ZOOM = 13;   /* from this zoom on, events are drawn one by one when... */
  var DETAIL_MOST = 40000; /* ...no more than this many are in view */

  function decode(b64, Type) {
    var text = atob(b64), bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return new Type(bytes.buffer);
  }
  function mercatorY(lat) {
    var s = Math.sin(Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }

  /* index_files/index.js calls this as it loads, before the page starts */
  window.geomapIndex = function (index) { window.geomapIndexData = index; };

  window.geomapStartLarge = function (map, data) {
    var X = window.geomapIndexData, n = X.n, i;
    var lat = decode(X.lat, Float32Array), lon = decode(X.lon, Float32Array);
    var day = decode(X.day, Int32Array), t0 = decode(X.t0, Int32Array);
    var t1 = decode(X.t1, Int32Array), type = decode(X.type, Uint16Array);
    var lang = decode(X.language, Uint16Array), status = decode(X.status, Uint8Array);
    var mentions = decode(X.mentions, Uint16Array), conf = decode(X.confidence, Uint8Array);
    var place = decode(X.place, Uint32Array), newest = decode(X.newest, Uint32Array);
    var types = X.types, places = X.places, statuses = X.statuses, languages = X.languages;
    var colors = types.map(function (t) { return S.safeColor(data.colors[t] || data.other); });
    var fresh = statuses.map(function (s) { return s === 'new' || s === 'changed'; });
    var mx = new Float64Array(n), my = new Float64Array(n);  /* Web Mercator, 0 to 1 */
    for (i = 0; i < n; i++) { mx[i] = (lon[i] + 180) / 360; my[i] = mercatorY(lat[i]); }
    var mask = new Uint8Array(n), shown = new Uint32Array(0), selected = null;
    var state = {types: {}, from: null, to: null, undated: true, query: '', sort: 'date-desc',
                 fresh: false, language: ''};
    var order = Object.keys(data.colors).map(function (k) {
      return S.safeColor(data.colors[k]);
    });
    order.push(S.safeColor(data.other));

    document.title = data.title;
    byId('gm-title').textContent = data.title;
    byId('gm-summary').textContent = data.summary;

    /* -- lightweight events: what popups, markers and list rows need -- */
    var made = new Map();
    function eventOf(k) {
      var ev = made.get(k);
      if (ev) return ev;
      ev = {i: k, type: types[type[k]], color: colors[type[k]], mentions: mentions[k],
            place: places[place[k]], day: day[k] === NO_DAY ? null : day[k], row: null,
            marker: null, get: function (name) { return fromIndex(k, name); }};
      made.set(k, ev);
      return ev;
    }
    function fromIndex(k, name) {
      if (name === 'place') return places[place[k]];
      if (name === 'event_type') return types[type[k]] || null;
      if (name === 'date') return day[k] === NO_DAY ? null : isoOf(day[k]);
      if (name === 'status') return statuses[status[k]] || null;
      if (name === 'language') return languages[lang[k]] || null;
      if (name === 'mentions') return mentions[k];
      if (name === 'confidence') return conf[k] / 100;
      return null;
    }

    /* -- chunks of full rows, loaded as scripts when a popup needs one -- */
    var index = {};
    data.fields.forEach(function (name, k) { index[name] = k; });
    var chunks = {}, waiting = {};
    window.geomapChunk = function (k, rows) {
      chunks[k] = rows;
      (waiting[k] || []).forEach(function (done) { done(); });
      delete waiting[k];
    };
    function chunkOf(k) {  /* the last chunk that starts at or before event k */
      var lo = 0, hi = X.starts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (X.starts[mid] <= k) lo = mid; else hi = mid - 1;
      }
      return lo;
    }
    function withRow(k, done) {
      var c = chunkOf(k);
      var give = function () {
        var row = chunks[c][k - X.starts[c]];
        var ev = eventOf(k);
        done({i: k, color: ev.color, mentions: ev.mentions, place: ev.place,
              get: function (name) { var at = index[name]; return at === undefined ? null : row[at]; }});
      };
      if (chunks[c]) { give(); return; }
      if (!waiting[c]) {
        waiting[c] = [];
        var script = document.createElement('script');
        script.src = X.chunks + String(c).padStart(X.digits, '0') + '.js';
        script.onerror = function () {
          (waiting[c] || []).forEach(function (f) { f(true); });
          delete waiting[c];
        };
        document.head.appendChild(script);
      }
      waiting[c].push(function (failed) {
        if (failed) done(null); else give();
      });
    }
    function popupFor(k) {
      var box = el('div', 'gm-popup', 'Loading the event\u2026');
      withRow(k, function (ev) {
        box.textContent = '';
        if (!ev) {
          box.textContent = 'The file of this event (' + X.chunks + '\u2026) could not be loaded.';
          return;
        }
        box.appendChild(S.popupNode(ev));
        if (popup.isOpen()) popup.update();
      });
      return box;
    }
    var popup = L.popup({maxWidth: 380, minWidth: 280, autoPanPadding: [30, 30]});

    /* -- layers: the overview cells, and the events one by one when few are in view -- */
    var base = S.basemap(map, S.readJson('geomap-basemap'), S.readJson('geomap-towns'),
                        S.readJson('geomap-context')).addTo(map);
    var osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> ' +
        'contributors'
    });
    var overview = L.layerGroup();
    var detail = L.markerClusterGroup({
      maxClusterRadius: 45, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
      iconCreateFunction: S.clusterIcon(order)
    });
    var events = L.layerGroup([overview, detail]).addTo(map);
    L.control.layers({'Countries (offline)': base, 'OpenStreetMap (online)': osm},
      {'Events': events}, {position: 'topright'}).addTo(map);
    var typeCounts = {};
    for (i = 0; i < n; i++) typeCounts[types[type[i]]] = (typeCounts[types[type[i]]] || 0) + 1;
    S.legend(map, data, typeCounts);
    S.fitControl(map);
    var mode = 'overview';

    function markerOf(k) {
      var ev = eventOf(k);
      if (!ev.marker) {
        ev.marker = L.marker([lat[k], lon[k]], {icon: S.markerIcon(ev, false), title: ev.place,
          alt: ev.place, riseOnHover: true});
        ev.marker.gmEvent = ev;
        ev.marker.on('click', function () { open(k); });
      }
      return ev.marker;
    }

    function cellIcon(count, byType) {
      var stops = [], done = 0;
      byType.forEach(function (c, t) {
        if (!c) return;
        var from = done / count * 100;
        done += c;
        stops.push(colors[t] + ' ' + from.toFixed(2) + '% ' + (done / count * 100).toFixed(2) + '%');
      });
      var size = count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 46 : count < 10000 ? 54 : 62;
      return L.divIcon({
        className: 'gm-cluster gm-cell', iconSize: [size, size],
        html: '<div style="background:conic-gradient(' + stops.join(',') + ')"><span>' +
          fmt(count) + '</span></div>'
      });
    }

    function draw() {
      var z = map.getZoom(), b = map.getBounds(), scale = 256 * Math.pow(2, z) / CELL;
      var west = (Math.max(-180, b.getWest()) + 180) / 360, east = (Math.min(180, b.getEast()) + 180) / 360;
      var north = mercatorY(b.getNorth()), south = mercatorY(b.getSouth());
      var cells = new Map(), inView = 0, k;
      for (k = 0; k < n; k++) {
        if (!mask[k] || mx[k] < west || mx[k] > east || my[k] < north || my[k] > south) continue;
        inView++;
        var key = Math.floor(mx[k] * scale) * 67108864 + Math.floor(my[k] * scale);
        var cell = cells.get(key);
        if (!cell) { cell = {n: 0, x: 0, y: 0, t: new Array(types.length).fill(0)}; cells.set(key, cell); }
        cell.n++; cell.x += lon[k]; cell.y += my[k]; cell.t[type[k]]++;
      }
      var one = inView <= DETAIL || (z >= DETAIL_ZOOM && inView <= DETAIL_MOST);
      overview.clearLayers();
      detail.clearLayers();
      mode = one ? 'events' : 'overview';
      if (one) {
        var markers = [];
        for (k = 0; k < n; k++) {
          if (mask[k] && mx[k] >= west && mx[k] <= east && my[k] >= north && my[k] <= south) {
            markers.push(markerOf(k));
          }
        }
        detail.addLayers(markers);
        return;
      }
      cells.forEach(function (cell) {
        var y = cell.y / cell.n;
        var latC = 360 / Math.PI * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
        var marker = L.marker([latC, cell.x / cell.n], {icon: cellIcon(cell.n, cell.t),
          title: plural(cell.n, 'event') + ': zoom in to see them', keyboard: false});
        marker.on('click', function () {
          map.setView(marker.getLatLng(), Math.min(map.getMaxZoom(), z + 2), {animate: false});
        });
        overview.addLayer(marker);
      });
    }
    map.on('moveend', draw);

    /* -- filters -- */
    var typeKeys = S.typeList(data, typeCounts);
    S.typeControls(typeKeys, state, apply);
    var langCounts = {};
    for (i = 0; i < n; i++) {
      var code = languages[lang[i]];
      if (code) langCounts[code] = (langCounts[code] || 0) + 1;
    }
    S.languageControl(langCounts, state, apply);
    function dayOrNull(a) { return function (k) { return a[k] === NO_DAY ? null : a[k]; }; }
    var time = S.timeControls(n, dayOrNull(t0), dayOrNull(t1), dayOrNull(day), state, apply);
    var freshCount = 0;
    for (i = 0; i < n; i++) freshCount += fresh[status[i]] ? 1 : 0;
    if (data.previous) {
      byId('gm-changes').hidden = false;
      byId('gm-previous').textContent = data.previous;
      byId('gm-new-count').textContent = fmt(freshCount);
      byId('gm-new-only').addEventListener('change', function () {
        state.fresh = this.checked;
        apply();
      });
    }
    var search = byId('gm-search'), timer = null;
    search.placeholder = 'Filter by place or event type';
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.query = search.value.trim().toLowerCase(); apply(); }, 150);
    });
    byId('gm-sort').addEventListener('change', function () {
      state.sort = this.value;
      apply();
    });

    /* -- orders of the list: newest first comes with the data, the others are made once -- */
    var orders = {'date-desc': newest};
    function sorted(kind) {
      if (orders[kind]) return orders[kind];
      var all = new Uint32Array(n), k;
      for (k = 0; k < n; k++) all[k] = k;
      var latest = function (a) { return day[a] === NO_DAY ? -1e9 : day[a]; };
      var rank = null;
      if (kind === 'place') {
        var names = places.map(function (p, at) { return at; });
        names.sort(function (a, b) { return places[a].localeCompare(places[b]); });
        rank = new Uint32Array(places.length);
        names.forEach(function (at, r) { rank[at] = r; });
      }
      var by = {
        'date-asc': function (a, b) {
          var x = day[a] === NO_DAY ? 1e9 : day[a], y = day[b] === NO_DAY ? 1e9 : day[b];
          return x - y || a - b;
        },
        'place': function (a, b) { return rank[place[a]] - rank[place[b]] || latest(b) - latest(a) || a - b; },
        'mentions': function (a, b) { return mentions[b] - mentions[a] || latest(b) - latest(a) || a - b; },
        'confidence': function (a, b) { return conf[b] - conf[a] || latest(b) - latest(a) || a - b; }
      }[kind];
      orders[kind] = all.sort(by);
      return orders[kind];
    }

    function apply() {
      var typeOn = types.map(function (t) { return state.types[t] ? 1 : 0; });
      var wanted = state.language ? languages.indexOf(state.language) : -1;
      var q = state.query, placeHit = null, typeHit = null, k, count = 0;
      if (q) {
        placeHit = new Uint8Array(places.length);
        places.forEach(function (p, at) { placeHit[at] = p.toLowerCase().indexOf(q) >= 0 ? 1 : 0; });
        typeHit = types.map(function (t) { return (t || 'unclassified').toLowerCase().indexOf(q) >= 0; });
      }
      for (k = 0; k < n; k++) {
        var ok = typeOn[type[k]] === 1 && (!state.fresh || fresh[status[k]]) &&
          (!state.language || lang[k] === wanted);
        if (ok) {
          if (t0[k] === NO_DAY) ok = state.undated;
          else if (state.from !== null) ok = !(t1[k] < state.from || t0[k] > state.to);
        }
        if (ok && q) ok = placeHit[place[k]] === 1 || typeHit[type[k]];
        mask[k] = ok ? 1 : 0;
        count += mask[k];
      }
      var all = sorted(state.sort), at = 0;
      shown = new Uint32Array(count);
      for (k = 0; k < n; k++) if (mask[all[k]]) shown[at++] = all[k];
      if (selected !== null && !mask[selected]) selected = null;
      list.show(shown);
      time.draw();
      draw();
      S.showCounts(count, n);
    }

    /* -- list: place, date and type from the index; the sentence is in the popup -- */
    var list = S.eventList(function (k) { return rowOf(k); }, function () {
      return 'No event matches the filters.';
    });
    function rowOf(k) {
      var ev = eventOf(k);
      if (ev.row) return ev.row;
      var row = el('div', 'gm-row');
      row.setAttribute('role', 'listitem');
      row.tabIndex = 0;
      row.appendChild(S.swatch(ev.color));
      var main = el('div', 'gm-row-main'), top = el('div', 'gm-row-top');
      top.appendChild(el('strong', null, ev.place));
      if (data.previous && fresh[status[k]]) top.appendChild(el('span', 'gm-badge', statuses[status[k]]));
      top.appendChild(el('span', 'gm-row-date', ev.day === null ? 'undated' : isoOf(ev.day)));
      main.appendChild(top);
      main.appendChild(el('div', 'gm-row-meta', [ev.type || 'Unclassified',
        ev.mentions > 1 ? plural(ev.mentions, 'article') : ''].filter(Boolean).join(' \u00b7 ')));
      row.appendChild(main);
      S.onActivate(row, function () { focus(k); });
      ev.row = row;
      return row;
    }
    function open(k) {
      select(k);
      popup.setLatLng([lat[k], lon[k]]).setContent(popupFor(k)).openOn(map);
    }
    function focus(k) {
      map.setView([lat[k], lon[k]], Math.max(map.getZoom(), 8), {animate: false});
      open(k);
    }
    function select(k) {
      if (selected !== null && made.has(selected) && eventOf(selected).row) {
        eventOf(selected).row.classList.remove('gm-row-selected');
      }
      selected = k;
      var ev = eventOf(k);
      if (ev.row) ev.row.classList.add('gm-row-selected');
    }

    S.showWarnings(data);
    byId('gm-stat-unplaced').textContent = '0';

    function bounds(all) {
      var s = 90, w = 180, no = -90, e = -180, any = false;
      for (var k = 0; k < n; k++) {
        if (!all && !mask[k]) continue;
        any = true;
        if (lat[k] < s) s = lat[k];
        if (lat[k] > no) no = lat[k];
        if (lon[k] < w) w = lon[k];
        if (lon[k] > e) e = lon[k];
      }
      return any ? L.latLngBounds([s, w], [no, e]) : null;
    }
    var whole = bounds(true);
    if (whole) map.fitBounds(whole, {padding: [40, 40], maxZoom: S.FIT_ZOOM, animate: false});
    else map.setView([30, 15], 2, {animate: false});
    apply();

    window.geomap = {
      map: map, cluster: detail, overview: overview, total: n, large: true,
      shown: function () { return shown.length; },
      mode: function () { return mode; },
      focus: function (k) { focus(k); },
      fit: function () {
        var box = bounds(false);
        if (box) map.fitBounds(box, {padding: [40, 40], maxZoom: S.FIT_ZOOM});
      }
    };
    document.documentElement.setAttribute('data-geomap-ready', '1');
  };
})();
