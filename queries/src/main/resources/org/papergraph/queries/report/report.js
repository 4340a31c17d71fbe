// papergraph's report: the data in #report-data drawn as a graph, charts, a page per paper and concept, and a
// leaderboard per benchmark, each view behind a hash route (#/, #/charts, #/paper/ID, #/concept/ID,
// #/leaderboard/CONCEPT-ID, #/graph/CONCEPT-ID). Text from the data only ever goes into the page as text nodes, never
// as HTML.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('report-data').textContent);
  // Papergraph's colours, as its Neo4j Browser style has them.
  const TYPE_COLOURS = ['#F79767', '#C990C0', '#57C7E3', '#F16667', '#FFC454', '#8DCC93'];
  const PAPER_COLOUR = '#4C8EDA';
  const number = new Intl.NumberFormat('en');
  // What the page drew, for a reader's console (and the browser test): the data, the graph once laid out, the charts.
  const report = { data, cy: null, ready: false, charts: {} };
  window.papergraphReport = report;

  const conceptById = new Map(data.concepts.map((c, i) => [c.id, i]));
  const paperById = new Map(data.papers.map((p, i) => [p.id, i]));
  const pageByPaper = new Map(data.pages.map((page) => [page.paper, page]));
  const boardByConcept = new Map(data.leaderboards.map((board) => [board.concept, board]));
  const inGraph = new Set(data.graph.concepts);

  // ------------------------------------------------------------------ small DOM helpers

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k === 'style') e.style.cssText = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c != null) e.append(c);
    }
    return e;
  }

  const typeName = (t) => data.types[t];
  const roleName = (r) => data.roles[r].replace('_', ' ');
  // How a heading says who takes a role: "Papers that evaluate on it".
  const ROLE_VERBS = { proposes: 'propose', uses: 'use', evaluates_on: 'evaluate on', compares: 'compare with',
    addresses: 'address', mentions: 'mention' };
  const roleVerb = (r) => ROLE_VERBS[data.roles[r]] || roleName(r);
  const conceptHref = (c) => '#/concept/' + encodeURIComponent(data.concepts[c].id);
  const boardHref = (c) => '#/leaderboard/' + encodeURIComponent(data.concepts[c].id);
  const paperHref = (p) => '#/paper/' + encodeURIComponent(data.papers[p].id);
  const paperTitle = (p) => data.papers[p].title || data.papers[p].id;

  function conceptLink(c) {
    return el('a', { href: conceptHref(c), text: data.concepts[c].name });
  }

  /** A link to the paper's page, or its title alone when the report holds no page for it. */
  function paperLink(p) {
    if (pageByPaper.has(p)) return el('a', { href: paperHref(p), text: paperTitle(p) });
    return el('span', { class: 'nopage', title: 'no page in this report', text: paperTitle(p) });
  }

  /** A page the report does not hold: its title and why. */
  function missing(view, title, why) {
    view.append(el('article', {}, el('h1', { text: title }), el('p', { class: 'missing', text: why })));
  }

  function badge(type) {
    return el('span', { class: 'badge', style: 'background:' + TYPE_COLOURS[type], text: typeName(type) });
  }

  // ------------------------------------------------------------------ header, limits

  document.getElementById('totals').textContent = number.format(data.totals.papers) + ' papers · '
    + number.format(data.totals.concepts) + ' concepts · ' + number.format(data.totals.mentions) + ' mentions · '
    + number.format(data.totals.results) + ' results';
  document.getElementById('shown-concepts').textContent = number.format(data.graph.concepts.length);
  document.getElementById('total-concepts').textContent = number.format(data.totals.concepts);
  document.getElementById('shown-papers').textContent = number.format(data.graph.papers.length);
  document.getElementById('total-papers').textContent = number.format(data.totals.papers);
  document.getElementById('page-limits').textContent = 'This report holds a page for '
    + number.format(data.pages.length) + ' of ' + number.format(data.totals.papers) + ' papers (those in the graph, '
    + 'then those naming the most of its concepts) and for ' + number.format(data.concepts.length) + ' of '
    + number.format(data.totals.concepts) + ' concepts (the ' + number.format(data.limits.conceptPages)
    + ' most named, every one the pages and charts refer to, and every one results are reported on); a concept page '
    + 'lists up to ' + data.limits.papersPerRole + ' papers in each role, and each of the '
    + number.format(data.leaderboards.length) + ' leaderboards its best ' + data.limits.leaderboardRows + ' results.';

  // ------------------------------------------------------------------ search

  const searchBox = document.getElementById('search');
  const results = document.getElementById('search-results');
  // Every name and alias, lower-cased once.
  const names = [];
  data.concepts.forEach((c, i) => {
    names.push([c.name.toLowerCase(), i, null]);
    c.aliases.forEach((a) => names.push([a.toLowerCase(), i, a]));
  });

  /** Concepts whose name or an alias contains the query, ignoring case: whole matches, then prefixes, then the rest. */
  function search(query) {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const best = new Map();
    for (const [text, c, alias] of names) {
      const at = text.indexOf(q);
      if (at < 0) continue;
      const rank = text === q ? 0 : at === 0 ? 1 : 2;
      const old = best.get(c);
      if (!old || rank < old.rank || (rank === old.rank && old.alias && !alias)) best.set(c, { c, rank, alias });
    }
    return [...best.values()].sort((a, b) => a.rank - b.rank
      || data.concepts[b.c].papers - data.concepts[a.c].papers).slice(0, 20);
  }

  function showResults() {
    results.replaceChildren();
    const found = search(searchBox.value);
    if (!searchBox.value.trim()) {
      results.hidden = true;
      return;
    }
    if (found.length === 0) results.append(el('li', { class: 'none', text: 'No concept has that name or alias' }));
    for (const f of found) {
      const c = data.concepts[f.c];
      results.append(el('li', { 'data-concept': c.id }, conceptLink(f.c), badge(c.type),
        f.alias ? el('span', { class: 'via', text: 'alias: ' + f.alias }) : null,
        inGraph.has(f.c) ? el('a', { class: 'locate', href: '#/graph/' + encodeURIComponent(c.id), text: 'in graph' }) : null));
    }
    results.hidden = false;
  }

  searchBox.addEventListener('input', showResults);
  searchBox.addEventListener('focus', showResults);
  searchBox.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      const first = search(searchBox.value)[0];
      if (first) location.hash = conceptHref(first.c);
    } else if (e.key === 'Escape') {
      results.hidden = true;
    }
  });
  results.addEventListener('click', () => { results.hidden = true; });
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.search')) results.hidden = true;
  });

  // ------------------------------------------------------------------ graph

  const typeOn = data.types.map(() => true);
  const labelled = new Set();
  const roleOn = data.roles.map(() => true);

  function graphElements() {
    const elements = [];
    for (const c of data.graph.concepts) {
      const concept = data.concepts[c];
      elements.push({ group: 'nodes', data: { id: 'c' + c, key: concept.id, kind: 'concept', label: concept.name,
        type: concept.type, papers: concept.papers, colour: TYPE_COLOURS[concept.type] },
        classes: labelled.has(c) ? 'labelled' : '' });
    }
    for (const p of data.graph.papers) {
      const title = paperTitle(p);
      elements.push({ group: 'nodes', data: { id: 'p' + p, key: data.papers[p].id, kind: 'paper',
        label: title.length > 48 ? title.slice(0, 46) + '…' : title, colour: PAPER_COLOUR } });
    }
    data.graph.edges.forEach(([p, c, r], i) => {
      elements.push({ group: 'edges', data: { id: 'e' + i, kind: 'role', source: 'p' + p, target: 'c' + c, role: r,
        type: data.concepts[c].type } });
    });
    data.graph.links.forEach(([a, b], i) => {
      elements.push({ group: 'edges', data: { id: 'l' + i, kind: 'link', source: 'p' + a, target: 'p' + b } });
    });
    return elements;
  }

  /** Concepts the graph labels before any hover: the most named, so that labels do not cover one another. */
  const LABELLED = 40;

  function drawGraph() {
    const maxPapers = Math.max(1, ...data.graph.concepts.map((c) => data.concepts[c].papers));
    data.graph.concepts.slice(0, LABELLED).forEach((c) => { labelled.add(c); });
    const cy = cytoscape({
      container: document.getElementById('graph'),
      elements: graphElements(),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', 'border-width': 1, 'border-color': '#fff',
          label: '', 'font-size': 10, color: '#2a2c34', 'text-valign': 'bottom', 'text-margin-y': 2,
          'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1,
          'min-zoomed-font-size': 6 } },
        { selector: 'node[kind = "concept"]', style: {
          width: `mapData(papers, 1, ${maxPapers}, 12, 46)`, height: `mapData(papers, 1, ${maxPapers}, 12, 46)` } },
        { selector: 'node[kind = "paper"]', style: { shape: 'round-rectangle', width: 9, height: 9 } },
        { selector: 'node.labelled, node.hover, node:selected', style: { label: 'data(label)', 'z-index': 10 } },
        { selector: 'edge', style: { width: 0.6, 'line-color': '#c9ccd3', 'curve-style': 'haystack', opacity: 0.7 } },
        { selector: 'edge[kind = "link"]', style: { 'line-color': '#2870C2', 'line-style': 'dashed', width: 1.2 } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#2a2c34' } },
        { selector: '.faded', style: { opacity: 0.12 } },
        { selector: '.hidden', style: { display: 'none' } },
      ],
      layout: { name: 'preset' },
    });
    report.cy = cy;
    cy.on('mouseover', 'node', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'node', (e) => e.target.removeClass('hover'));
    cy.on('tap', 'node', (e) => {
      const id = e.target.id();
      location.hash = id[0] === 'c' ? conceptHref(+id.slice(1)) : paperHref(+id.slice(1));
    });
    applyFilters();
    const layout = cy.layout({ name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: false,
      numIter: 800, idealEdgeLength: () => 90, gravity: 0.25, componentSpacing: 60,
      // Concepts many papers name sit in the middle: pushing harder, they leave room for their labels.
      nodeRepulsion: (n) => (n.data('kind') === 'concept' ? 60000 * (1 + 8 * n.data('papers') / maxPapers) : 20000) });
    layout.one('layoutstop', () => {
      report.ready = true;
      locateFromRoute();
    });
    layout.run();
  }

  function filterBoxes() {
    const types = document.getElementById('type-filters');
    const perType = data.types.map(() => 0);
    data.graph.concepts.forEach((c) => perType[data.concepts[c].type]++);
    data.types.forEach((t, i) => {
      const box = el('input', { type: 'checkbox', 'data-type': t });
      box.checked = true;
      box.addEventListener('change', () => { typeOn[i] = box.checked; applyFilters(); });
      types.append(el('label', {}, box, el('span', { class: 'swatch', style: 'background:' + TYPE_COLOURS[i] }),
        t, el('span', { class: 'count', text: String(perType[i]) })));
    });
    const roles = document.getElementById('role-filters');
    const perRole = data.roles.map(() => 0);
    data.graph.edges.forEach(([, , r]) => perRole[r]++);
    data.roles.forEach((r, i) => {
      const box = el('input', { type: 'checkbox', 'data-role': r });
      box.checked = true;
      box.addEventListener('change', () => { roleOn[i] = box.checked; applyFilters(); });
      roles.append(el('label', {}, box, roleName(i), el('span', { class: 'count', text: String(perRole[i]) })));
    });
    const links = document.getElementById('link-filter');
    links.parentElement.append(el('span', { class: 'count', text: String(data.graph.links.length) }));
    links.addEventListener('change', applyFilters);
  }

  /** Shows the concepts of the ticked types, the edges of the ticked roles, and the papers left with an edge. */
  function applyFilters() {
    const cy = report.cy;
    if (!cy) return;
    const links = document.getElementById('link-filter').checked;
    cy.batch(() => {
      cy.nodes('[kind = "concept"]').forEach((n) => n.toggleClass('hidden', !typeOn[n.data('type')]));
      cy.edges('[kind = "role"]').forEach((e) => e.toggleClass('hidden', !typeOn[e.data('type')] || !roleOn[e.data('role')]));
      cy.nodes('[kind = "paper"]').forEach((n) => n.toggleClass('hidden',
        n.connectedEdges('[kind = "role"]').filter((e) => !e.hasClass('hidden')).length === 0));
      cy.edges('[kind = "link"]').forEach((e) => e.toggleClass('hidden', !links
        || e.source().hasClass('hidden') || e.target().hasClass('hidden')));
    });
    const visible = cy.nodes().filter((n) => !n.hasClass('hidden'));
    document.getElementById('visible-count').textContent = visible.filter('[kind = "concept"]').length
      + ' concepts and ' + visible.filter('[kind = "paper"]').length + ' papers visible';
  }

  /** On #/graph/CONCEPT-ID, selects that concept's node and centres the view on it. */
  function locateFromRoute() {
    const route = parseRoute();
    if (route.view !== 'graph' || !route.id || !report.cy || !report.ready) return;
    const c = conceptById.get(route.id);
    const node = c === undefined ? null : report.cy.getElementById('c' + c);
    if (!node || node.empty()) return;
    report.cy.elements().unselect();
    node.select();
    report.cy.animate({ center: { eles: node }, zoom: 1.5 }, { duration: 300 });
  }

  // ------------------------------------------------------------------ charts

  function drawCharts() {
    Chart.defaults.animation = false;
    const grid = document.getElementById('type-charts');
    data.charts.topByType.forEach((concepts, t) => {
      if (concepts.length === 0) return;
      const canvas = el('canvas', { 'data-type': data.types[t] });
      grid.append(el('figure', {}, el('figcaption', {}, badge(t), ' most named'),
        el('div', { class: 'chart-box' }, canvas)));
      report.charts[data.types[t]] = new Chart(canvas, {
        type: 'bar',
        data: { labels: concepts.map((c) => data.concepts[c].name),
          datasets: [{ label: 'papers', data: concepts.map((c) => data.concepts[c].papers),
            backgroundColor: TYPE_COLOURS[t] }] },
        options: { indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false } },
          scales: { x: { title: { display: true, text: 'papers' }, ticks: { precision: 0 } },
            y: { ticks: { autoSkip: false } } },
          onClick: (e, bars) => { if (bars.length) location.hash = conceptHref(concepts[bars[0].index]); } },
      });
    });
    report.charts.byPapers = new Chart(document.getElementById('chart-by-papers'), {
      type: 'bar',
      data: { labels: data.charts.byPapers.map(([label]) => label),
        datasets: [{ label: 'concepts', data: data.charts.byPapers.map(([, n]) => n), backgroundColor: '#A5ABB6' }] },
      options: { plugins: { legend: { display: false } }, scales: {
        x: { title: { display: true, text: 'papers naming the concept' } },
        y: { type: 'logarithmic', title: { display: true, text: 'concepts (log scale)' },
          ticks: { callback: (v) => (Math.log10(v) % 1 === 0 ? number.format(v) : '') } } } },
    });
    document.getElementById('undated').textContent = data.charts.undated
      ? '(' + number.format(data.charts.undated) + ' of ' + number.format(data.totals.papers) + ' papers have no date)' : '';
    if (data.charts.years.length === 0) {
      document.getElementById('chart-years').replaceWith(el('p', { class: 'hint', text: 'No paper has a date.' }));
      return;
    }
    report.charts.years = new Chart(document.getElementById('chart-years'), {
      type: 'bar',
      data: { labels: data.charts.years.map(([y]) => String(y)),
        datasets: [{ label: 'papers', data: data.charts.years.map(([, n]) => n), backgroundColor: PAPER_COLOUR }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { ticks: { precision: 0 } } } },
    });
  }

  // ------------------------------------------------------------------ paper page

  /**
   * The text with each mention in a <mark>: the text is cut at every mention's start and end, and each piece is
   * wrapped in a mark for each mention covering it, longest outermost, so overlapping mentions all show. A mention
   * cut into pieces keeps one data-mention number on all of them.
   */
  function highlighted(text, mentions, onPick) {
    const cuts = new Set([0, text.length]);
    mentions.forEach((m) => { cuts.add(m.start); cuts.add(m.end); });
    const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
    const out = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      let node = document.createTextNode(text.slice(from, to));
      const covering = mentions.filter((m) => m.start <= from && m.end >= to)
        .sort((a, b) => (a.end - a.start) - (b.end - b.start) || a.index - b.index);
      for (const m of covering) {
        const concept = data.concepts[m.concept];
        const mark = el('mark', { class: 'mention', 'data-mention': String(m.index), 'data-concept': concept.id,
          style: '--c:' + TYPE_COLOURS[concept.type],
          title: concept.name + ' — ' + typeName(concept.type) + (m.role == null ? '' : ', ' + roleName(m.role)) });
        mark.append(node);
        mark.addEventListener('click', (e) => { e.stopPropagation(); onPick(m); });
        node = mark;
      }
      out.append(node);
    }
    return out;
  }

  function showPaper(id) {
    const view = document.getElementById('view-paper');
    view.replaceChildren();
    const p = paperById.get(id);
    const page = p === undefined ? undefined : pageByPaper.get(p);
    if (!page) {
      missing(view, p === undefined ? id : paperTitle(p),
        'This report holds no page for this paper (see the limits below).');
      return;
    }
    const paper = data.papers[p];
    const roleOf = new Map(page.concepts.map(([c, r]) => [c, r]));
    const mentions = page.mentions.map(([field, start, end, concept], index) =>
      ({ field, start, end, concept, index, role: roleOf.get(concept) }));
    const detail = el('div', { id: 'mention-detail', text: 'Click a highlighted mention for its concept.' });
    const pick = (m) => {
      view.querySelectorAll('mark.selected').forEach((x) => x.classList.remove('selected'));
      view.querySelectorAll('mark[data-mention="' + m.index + '"]').forEach((x) => x.classList.add('selected'));
      const c = data.concepts[m.concept];
      detail.replaceChildren('“' + [paper.title, page.abstract][m.field].slice(m.start, m.end) + '” is ',
        conceptLink(m.concept), ' ', badge(c.type), m.role == null ? '' : ' — this paper ' + roleName(m.role) + ' it',
        el('span', { class: 'meta', text: ' (' + (m.field ? 'abstract' : 'title') + ' ' + m.start + '–' + m.end + ')' }));
    };
    const article = el('article', { 'data-paper': paper.id });
    article.append(el('h1', { class: 'paper-title' }, highlighted(paper.title, mentions.filter((m) => m.field === 0), pick)));
    article.append(el('p', { class: 'meta', text: paper.id + (paper.year ? ' · ' + paper.year : '') + ' · '
      + mentions.length + ' mentions of ' + page.concepts.length + ' concepts' }));
    article.append(detail);
    article.append(el('p', { class: 'abstract' }, page.abstract
      ? highlighted(page.abstract, mentions.filter((m) => m.field === 1), pick) : el('em', { text: 'No abstract.' })));
    article.append(el('h2', { text: 'Concepts' }));
    const chips = el('ul', { class: 'chips' });
    page.concepts.slice().sort(([a, ra], [b, rb]) => ra - rb || data.concepts[a].name.localeCompare(data.concepts[b].name))
      .forEach(([c, r]) => chips.append(el('li', {}, el('span', { class: 'swatch', style: 'background:'
        + TYPE_COLOURS[data.concepts[c].type] }), conceptLink(c), el('span', { class: 'role', text: roleName(r) }))));
    article.append(chips);
    if (page.related.length) {
      article.append(el('h2', { text: 'Papers sharing its concepts' }));
      const list = el('ol', { class: 'papers related' });
      page.related.forEach(([q, weight, shared]) => list.append(el('li', {}, paperLink(q),
        el('span', { class: 'meta', text: ' — shares ' + shared.map((c) => data.concepts[c].name).join(', ')
          + ' (weight ' + weight + ')' }))));
      article.append(list);
    }
    view.append(article);
  }

  // ------------------------------------------------------------------ concept page

  function showConcept(id) {
    const view = document.getElementById('view-concept');
    view.replaceChildren();
    const c = conceptById.get(id);
    if (c === undefined) {
      missing(view, id, 'This report holds no page for this concept (see the limits below).');
      return;
    }
    const concept = data.concepts[c];
    const article = el('article', { 'data-concept': concept.id });
    article.append(el('h1', {}, concept.name, ' ', badge(concept.type)));
    article.append(el('p', { class: 'meta', text: concept.id + ' · named by ' + number.format(concept.papers)
      + (concept.papers === 1 ? ' paper' : ' papers') + (concept.specific ? ' · a named artefact' : ' · a general class') }));
    if (concept.aliases.length) article.append(el('p', {}, el('strong', { text: 'Also called: ' }), concept.aliases.join(' · ')));
    if (inGraph.has(c)) article.append(el('p', {}, el('a', { href: '#/graph/' + encodeURIComponent(concept.id), text: 'Show in the graph' })));
    const board = boardByConcept.get(c);
    if (board) {
      article.append(el('p', {}, el('a', { class: 'leaderboard-link', href: boardHref(c), text: 'Leaderboard: '
        + number.format(board.total) + (board.total === 1 ? ' result' : ' results') + ' reported on it' })));
    }
    concept.listed.forEach((papers, r) => {
      if (concept.roles[r] === 0) return;
      article.append(el('h2', { 'data-role': data.roles[r], text: 'Papers that ' + roleVerb(r) + ' it ('
        + number.format(concept.roles[r]) + ')' }));
      if (papers.length < concept.roles[r]) {
        article.append(el('p', { class: 'limits', text: 'The first ' + papers.length + ' of '
          + number.format(concept.roles[r]) + ' are listed: those with a page in this report first.' }));
      }
      const list = el('ol', { class: 'papers', 'data-role': data.roles[r] });
      papers.forEach((p) => list.append(el('li', { 'data-paper': data.papers[p].id }, paperLink(p))));
      article.append(list);
    });
    view.append(article);
  }

  // ------------------------------------------------------------------ leaderboard page

  /** A result's part as written, linked to its concept's page when it names one. */
  function part(text, concept) {
    if (concept === undefined) return text;
    return el('a', { href: conceptHref(concept), text: text || data.concepts[concept].name });
  }

  /** The quote with the number in it marked: the number's offsets are the paper's, the quote's text is verbatim. */
  function quoted(row) {
    const at = row.quote.indexOf(row.value);
    if (at < 0) return row.quote;
    return el('span', {}, row.quote.slice(0, at), el('mark', { class: 'number', text: row.value }),
      row.quote.slice(at + row.value.length));
  }

  function showLeaderboard(id) {
    const view = document.getElementById('view-leaderboard');
    view.replaceChildren();
    const c = conceptById.get(id);
    const board = c === undefined ? undefined : boardByConcept.get(c);
    if (!board) {
      missing(view, id, 'No result in this report is reported on this concept.');
      return;
    }
    const concept = data.concepts[c];
    const article = el('article', { 'data-leaderboard': concept.id });
    article.append(el('h1', {}, 'Leaderboard: ', conceptLink(c), ' ', badge(concept.type)));
    article.append(el('p', { class: 'meta', text: number.format(board.total) + (board.total === 1 ? ' result' : ' results')
      + ' that papers report on it in their titles and abstracts: absolute scores first, then gains, reductions and '
      + 'ratios, each by value, highest first. A difference is relative to the baseline its paper names.' }));
    if (board.rows.length < board.total) {
      article.append(el('p', { class: 'limits', text: 'The first ' + board.rows.length + ' of '
        + number.format(board.total) + ' are listed.' }));
    }
    const head = el('tr', {}, ...['#', 'Result', 'Kind', 'Metric', 'System', 'Baseline', 'Paper', 'Quote']
      .map((h) => el('th', { text: h })));
    const body = el('tbody');
    board.rows.forEach((row, i) => {
      body.append(el('tr', { 'data-paper': data.papers[row.paper].id, 'data-field': row.field ? 'abstract' : 'title',
        'data-start': String(row.start), 'data-kind': row.kind },
      el('td', { class: 'rank', text: String(i + 1) }),
      el('td', { class: 'value', text: row.value + (row.unit === '%' || row.unit === '' ? row.unit : ' ' + row.unit) }),
      el('td', { text: row.kind }),
      el('td', {}, part(row.metric, row.metricConcept)),
      el('td', {}, part(row.system, row.systemConcept)),
      el('td', {}, part(row.baseline, row.baselineConcept)),
      el('td', {}, paperLink(row.paper)),
      el('td', { class: 'quote', title: (row.field ? 'abstract' : 'title') + ' ' + row.start + '–' + row.end },
        '“', quoted(row), '”')));
    });
    article.append(el('table', { class: 'leaderboard' }, el('thead', {}, head), body));
    view.append(article);
  }

  // ------------------------------------------------------------------ routing

  function parseRoute() {
    const parts = (location.hash || '#/').slice(2).split('/');
    const view = parts[0] || 'graph';
    const id = parts.length > 1 ? decodeURIComponent(parts.slice(1).join('/')) : null;
    return { view, id };
  }

  let graphDrawn = false;
  let chartsDrawn = false;

  function route() {
    results.hidden = true;
    const { view, id } = parseRoute();
    const known = ['graph', 'charts', 'paper', 'concept', 'leaderboard'].includes(view) ? view : 'graph';
    document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== 'view-' + known; });
    document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === known));
    if (known === 'graph' && !graphDrawn) {
      graphDrawn = true;
      drawGraph();
    } else if (known === 'graph') {
      report.cy.resize();
      locateFromRoute();
    }
    if (known === 'charts' && !chartsDrawn) {
      chartsDrawn = true;
      drawCharts();
    }
    if (known === 'paper') showPaper(id);
    if (known === 'concept') showConcept(id);
    if (known === 'leaderboard') showLeaderboard(id);
    if (known === 'paper' || known === 'concept' || known === 'leaderboard') window.scrollTo(0, 0);
  }

  filterBoxes();
  window.addEventListener('hashchange', route);
  route();
}());
