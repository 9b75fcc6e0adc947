/*
 * SLA board for support managers (README, The managers' SLA board in Cockpit): a Cockpit dashboard plugin listing
 * every open support incident through its whole life: first response, resolution, who holds it, its age and
 * the state it is counted under, most urgent first, filterable by customer and level, each row linking to its
 * process instance in Cockpit. styles/user-styles.css puts it above Cockpit's own sections.
 *
 * Read-only by construction: it only sends GET requests with the user's Cockpit session.
 *
 * Data: GET /camunda/api/dce/sla-board (incident/api/SlaBoardController), from the incident rows and the
 * engine's open tasks, never process variables; for users with Cockpit access who may read every
 * incident-handling instance (managers, administrators). The server decides each row's states.
 */

const REFRESH_MS = 30000;

/** The board's states, in the server's order of urgency, with their row colours. */
export const STATES = [
  {code: 'breached', label: 'Breached', css: 'danger'},
  {code: 'at-risk', label: 'At risk', css: 'warning'},
  {code: 'reopened', label: 'Reopened', css: 'warning'},
  {code: 'on-track', label: 'On track', css: ''},
  {code: 'in-progress', label: 'In progress', css: ''},
  {code: 'waiting-for-customer', label: 'Waiting for customer', css: 'info'}
];

const RESPONSES = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'breached': 'Breached',
  'responded': 'Responded',
  'responded-late': 'Responded late',
  'no-deadline': 'No deadline'
};

const RESOLUTIONS = {
  'awaiting-contact': 'Awaiting first contact',
  'in-progress': 'In progress',
  'waiting-for-information': "Waiting for the customer's information",
  'solution-proposed': "Solution proposed, waiting for the customer's answer",
  'reopened': 'Reopened: the customer objected'
};

const ENGINE_INCIDENTS_NOTE = 'Support incidents of customers. Cockpit\u2019s \u201cOpen Incidents\u201d below counts '
    + 'the engine\u2019s incidents (failed jobs and other technical failures), not these.';

/** Our own endpoints beside the webapps' APIs (api.adminApi is ".../api/admin"). */
function dceApi(api) {
  return api.adminApi.replace(/\/admin$/, '/dce');
}

/** A GET needs no CSRF token: the webapps' CSRF filter checks only requests that change something. */
async function fetchBoard(api) {
  const response = await fetch(`${dceApi(api)}/sla-board`, {
    method: 'GET',
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}

function state(code) {
  return STATES.find(s => s.code === code) || {code, label: code, css: ''};
}

/** "2 d 3 h", "1 h 5 min", "12 min". */
export function formatDuration(ms) {
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) {
    return `${days} d ${hours} h`;
  }
  return (hours ? `${hours} h ` : '') + `${mins} min`;
}

/**
 * The outstanding response's time left, or how long it is overdue; empty once the customer has been contacted, and
 * for a breach recorded before its deadline's instant (the engine's timer, not the board's clock, decides).
 */
export function timeLeft(incident, now) {
  if (incident.firstContactAt || !incident.responseDueAt) {
    return '';
  }
  const left = Date.parse(incident.responseDueAt) - now;
  if (left < 0) {
    return `overdue by ${formatDuration(left)}`;
  }
  return incident.response === 'breached' ? '' : `${formatDuration(left)} left`;
}

/** "2026-05-04T10:30:00+08:00" → "2026-05-04 10:30 +08:00": the customer's local time, as the API shows it. */
function formatDateTime(iso) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/.exec(iso || '');
  return m ? `${m[1]} ${m[2]}${m[3] ? ' ' + m[3] : ''}` : (iso || '');
}

function customerLabel(incident) {
  return incident.customerName ? `${incident.customerName} (${incident.customerId})` : (incident.customerId || '');
}

function holderText(incident) {
  const names = [...new Set((incident.holders || []).map(h => h.name || h.userId))];
  if (names.length) {
    return names.join(', ');
  }
  return (incident.openTasks || []).length ? 'Unassigned' : '\u2014';
}

function resolutionText(incident) {
  const text = RESOLUTIONS[incident.resolution] || incident.resolution;
  return incident.objections > 1 && incident.resolution === 'reopened' ? `${text} (${incident.objections} times)` : text;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => {
    if (v != null) {
      node.setAttribute(k, v);
    }
  });
  // Text only, never HTML: incident titles and names come from customers.
  children.forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ''))));
  return node;
}

function row(incident, now) {
  const s = state(incident.state);
  const left = timeLeft(incident, now);
  const tasks = (incident.openTasks || []).join(', ');
  return el('tr', {
        'class': s.css,
        'data-incident': incident.number,
        'data-state': incident.state,
        'data-customer': incident.customerId,
        'data-level': String(incident.level),
        'data-breached': String(incident.response === 'breached' || incident.response === 'responded-late')
      },
      el('td', {'data-field': 'incident'}, incident.processInstanceId
          ? el('a', {href: `#/process-instance/${encodeURIComponent(incident.processInstanceId)}/runtime`},
              incident.number)
          : incident.number),
      el('td', {'data-field': 'title'}, incident.title || ''),
      el('td', {'data-field': 'customer'}, customerLabel(incident)),
      el('td', {'data-field': 'level', title: incident.serviceTier || null},
          incident.level == null ? '' : `Level ${incident.level}`),
      el('td', {'data-field': 'deadline', title: incident.responseDue || null},
        incident.responseDueText || formatDateTime(incident.responseDue)),
      el('td', {'data-field': 'response', 'data-response': incident.response},
          RESPONSES[incident.response] || incident.response,
          left ? ': ' : '', left ? el('span', {'data-field': 'time-left'}, left) : ''),
      el('td', {'data-field': 'resolution', 'data-resolution': incident.resolution}, resolutionText(incident)),
      el('td', {'data-field': 'holder', title: tasks ? `Open: ${tasks}` : null}, holderText(incident)),
      el('td', {'data-field': 'age', title: incident.reportedAt},
          incident.reportedAt ? formatDuration(now - Date.parse(incident.reportedAt)) : ''),
      el('td', {'data-field': 'state'},
          s.css === 'danger' ? el('strong', {}, s.label) : s.label));
}

function table(rows, now) {
  const head = el('thead', {}, el('tr', {},
      ...['Incident', 'Title', 'Customer', 'Level', 'Response due', 'First response', 'Resolution', 'Holder', 'Age',
        'State'].map(h => el('th', {}, h))));
  return el('table', {'class': 'table table-condensed cam-table', 'data-sla-board-table': ''}, head,
      el('tbody', {}, ...rows.map(r => row(r, now))));
}

/** The states with their number of rows among those shown, so the counts follow the filters. */
function counts(rows) {
  return el('ul', {'class': 'list-inline dce-sla-board-counts', 'data-sla-board-counts': ''},
      ...STATES.map(s => el('li', {'data-state': s.code, 'class': s.css ? `text-${s.css}` : null},
          el('strong', {'data-count': ''}, rows.filter(r => r.state === s.code).length), ` ${s.label}`)));
}

function option(value, label, selected) {
  const node = el('option', {value}, label);
  node.selected = value === selected;
  return node;
}

/** The board of one dashboard: its last answer and the filters the manager chose. */
class Board {
  constructor(api, node) {
    this.api = api;
    this.filters = {customer: '', level: ''};
    this.answer = null;
    this.status = el('p', {'class': 'text-muted', 'data-sla-board-status': ''}, 'Loading\u2026');
    this.customer = el('select', {'class': 'form-control input-sm', 'data-sla-board-filter': 'customer'});
    this.level = el('select', {'class': 'form-control input-sm', 'data-sla-board-filter': 'level'});
    this.customer.addEventListener('change', () => this.filter('customer', this.customer.value));
    this.level.addEventListener('change', () => this.filter('level', this.level.value));
    this.counts = el('div', {});
    this.content = el('div', {});
    node.replaceChildren(el('section', {'class': 'dce-sla-board', 'data-sla-board': ''},
        el('h3', {'class': 'section-title'}, 'SLA board: open support incidents'),
        el('p', {'class': 'text-muted', 'data-sla-board-note': ''}, ENGINE_INCIDENTS_NOTE),
        el('form', {'class': 'form-inline', 'data-sla-board-filters': ''},
            el('label', {}, 'Customer ', this.customer), ' ',
            el('label', {}, 'Level ', this.level)),
        this.counts, this.status, this.content));
  }

  async load() {
    try {
      this.answer = await fetchBoard(this.api);
      this.render();
    } catch (e) {
      this.status.textContent = `The SLA board could not load the incidents (${e.message}).`;
      this.status.setAttribute('data-error', 'true');
    }
  }

  filter(name, value) {
    this.filters[name] = value;
    this.render();
  }

  render() {
    if (!this.answer) {
      return;
    }
    const now = Date.parse(this.answer.at);
    const all = this.answer.rows;
    const customers = new Map();
    all.forEach(r => customers.set(r.customerId, customerLabel(r)));
    this.customer.replaceChildren(option('', 'All customers', this.filters.customer),
        ...[...customers].sort((a, b) => a[1].localeCompare(b[1]))
            .map(([id, label]) => option(id, label, this.filters.customer)));
    const levels = [...new Set(all.map(r => r.level))].sort();
    this.level.replaceChildren(option('', 'All levels', this.filters.level),
        ...levels.map(l => option(String(l), `Level ${l}`, this.filters.level)));

    const rows = all.filter(r => (!this.filters.customer || r.customerId === this.filters.customer)
        && (!this.filters.level || String(r.level) === this.filters.level));
    this.counts.replaceChildren(counts(rows));
    this.content.replaceChildren(rows.length ? table(rows, now)
        : el('p', {'data-sla-board-empty': ''}, all.length ? 'No open incident matches the filters.' : 'No open incidents.'));
    const shown = rows.length === all.length ? `${all.length}` : `${rows.length} of ${all.length}`;
    this.status.textContent = `${shown} open incident${all.length === 1 ? '' : 's'}`
        + ` \u00b7 updated ${new Date(now).toLocaleTimeString()}`;
    this.status.removeAttribute('data-error');
    this.status.setAttribute('data-loaded', 'true');
  }
}

/** Cockpit calls unmount() without arguments; the dashboard shows one board at a time. */
let refreshTimer = null;

export default {
  id: 'dce-sla-board',
  pluginPoint: 'cockpit.dashboard',
  // The highest among the dashboard's plugins: first in their section, which user-styles.css puts on top.
  priority: 1000,
  render: (node, {api}) => {
    const board = new Board(api, node);
    board.load();
    clearInterval(refreshTimer);
    refreshTimer = setInterval(() => board.load(), REFRESH_MS);
  },
  unmount: () => {
    clearInterval(refreshTimer);
    refreshTimer = null;
  }
};
