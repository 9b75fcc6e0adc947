/*
 * SLA board for support managers (README, The managers' SLA board in Cockpit): a Cockpit dashboard plugin listing the open incidents
 * with customer, level, tier, response deadline, time left and breached state, most urgent first, each
 * linking to its process instance in Cockpit.
 *
 * Read-only by construction: it only sends GET requests with the user's Cockpit session.
 *
 * Data: the incident rows, not process variables, from GET /camunda/api/dce/incident-card/open
 * (docs/tasklist.md). That endpoint answers users with Cockpit access who may read every incident-handling
 * instance (managers, administrators); each row: number, processInstanceId, customerId, customerName,
 * level, serviceTier, status, responseDue (customer's offset), responseDueAt / responseWarningAt (instants),
 * responseBreached, firstContactAt.
 */

const REFRESH_MS = 30000;

/** Board states, in the order of urgency. */
export const STATE = {
  BREACHED: {rank: 0, label: 'Breached', css: 'danger'},
  AT_RISK: {rank: 1, label: 'At risk', css: 'warning'},
  ON_TRACK: {rank: 1, label: 'On track', css: ''},
  RESPONDED_LATE: {rank: 0, label: 'Breached (responded late)', css: 'danger'},
  RESPONDED: {rank: 2, label: 'Responded', css: 'success'},
  NO_SLA: {rank: 3, label: 'No response SLA', css: ''}
};

/** Our own endpoints beside the webapps' APIs (api.adminApi is ".../api/admin"). */
function dceApi(api) {
  return api.adminApi.replace(/\/admin$/, '/dce');
}

/** A GET needs no CSRF token: the webapps' CSRF filter checks only requests that change something. */
async function openIncidents(api) {
  const response = await fetch(`${dceApi(api)}/incident-card/open`, {
    method: 'GET',
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}

function instant(value) {
  if (!value) {
    return null;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/** One board row from an open incident's row, at `now` (ms since the epoch). */
export function toRow(incident, now) {
  const dueAt = instant(incident.responseDueAt) ?? instant(incident.responseDue);
  const warningAt = instant(incident.responseWarningAt);
  const contactedAt = instant(incident.firstContactAt);
  let state;
  if (dueAt == null) {
    state = STATE.NO_SLA;
  } else if (contactedAt != null) {
    state = incident.responseBreached === true || contactedAt > dueAt ? STATE.RESPONDED_LATE : STATE.RESPONDED;
  } else if (incident.responseBreached === true || now >= dueAt) {
    state = STATE.BREACHED;
  } else if (warningAt != null && now >= warningAt) {
    state = STATE.AT_RISK;
  } else {
    state = STATE.ON_TRACK;
  }
  return {
    processInstanceId: incident.processInstanceId,
    number: incident.number,
    customer: incident.customerName ? `${incident.customerName} (${incident.customerId})` : (incident.customerId || ''),
    level: incident.level,
    tier: incident.serviceTier || '',
    deadline: incident.responseDue || '',
    dueAt,
    timeLeftMs: dueAt == null || contactedAt != null ? null : dueAt - now,
    firstContactAt: incident.firstContactAt || null,
    breached: state === STATE.BREACHED || state === STATE.RESPONDED_LATE,
    state
  };
}

/**
 * Breached first (the longest overdue on top), then by least time left; incidents already answered
 * and those without a response deadline last.
 */
export function byUrgency(a, b) {
  return a.state.rank - b.state.rank
      || (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity)
      || String(a.number).localeCompare(String(b.number));
}

export function formatTimeLeft(row) {
  if (row.firstContactAt) {
    return `responded ${formatDateTime(row.firstContactAt)}`;
  }
  if (row.timeLeftMs == null) {
    return '—';
  }
  const minutes = Math.floor(Math.abs(row.timeLeftMs) / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const text = (days ? `${days} d ` : '') + (days || hours ? `${hours} h ` : '') + `${mins} min`;
  return row.timeLeftMs < 0 ? `overdue by ${text}` : text;
}

/** "2026-05-04T10:30:00+08:00" → "2026-05-04 10:30 +08:00": the customer's local time, as the API shows it. */
function formatDateTime(iso) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/.exec(iso || '');
  return m ? `${m[1]} ${m[2]}${m[3] ? ' ' + m[3] : ''}` : (iso || '');
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

function table(rows) {
  const head = el('thead', {}, el('tr', {},
      ...['Incident', 'Customer', 'Level', 'Tier', 'Response due', 'Time left', 'State']
          .map(h => el('th', {}, h))));
  const body = el('tbody', {}, ...rows.map(row => el('tr', {
        'class': row.state.css,
        'data-incident': row.number,
        'data-state': row.state.label,
        'data-breached': String(row.breached)
      },
      el('td', {'data-field': 'incident'}, row.processInstanceId
          ? el('a', {href: `#/process-instance/${encodeURIComponent(row.processInstanceId)}/runtime`}, row.number)
          : row.number),
      el('td', {'data-field': 'customer'}, row.customer),
      el('td', {'data-field': 'level'}, row.level == null ? '' : `Level ${row.level}`),
      el('td', {'data-field': 'tier'}, row.tier),
      el('td', {'data-field': 'deadline', title: row.deadline}, formatDateTime(row.deadline)),
      el('td', {'data-field': 'time-left'}, formatTimeLeft(row)),
      el('td', {'data-field': 'state'}, row.breached ? el('strong', {}, row.state.label) : row.state.label))));
  return el('table', {'class': 'table table-condensed cam-table', 'data-sla-board-table': ''}, head, body);
}

async function load(api, content, status) {
  try {
    const incidents = await openIncidents(api);
    const now = Date.now();
    const rows = incidents.map(i => toRow(i, now)).sort(byUrgency);
    const breached = rows.filter(r => r.state === STATE.BREACHED).length;
    content.replaceChildren(rows.length ? table(rows) : el('p', {'data-sla-board-empty': ''}, 'No open incidents.'));
    status.textContent = `${rows.length} open incident${rows.length === 1 ? '' : 's'}`
        + (breached ? `, ${breached} breached awaiting response` : '')
        + ` · updated ${new Date(now).toLocaleTimeString()}`;
    status.setAttribute('data-loaded', 'true');
  } catch (e) {
    status.textContent = `The SLA board could not load the incidents (${e.message}).`;
    status.setAttribute('data-error', 'true');
  }
}

/** Cockpit calls unmount() without arguments; the dashboard shows one board at a time. */
let refreshTimer = null;

export default {
  id: 'dce-sla-board',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, {api}) => {
    const status = el('p', {'class': 'text-muted', 'data-sla-board-status': ''}, 'Loading…');
    const content = el('div', {});
    node.replaceChildren(el('section', {'class': 'dce-sla-board', 'data-sla-board': ''},
        el('h3', {'class': 'section-title'}, 'SLA board: open incidents'),
        status, content));
    load(api, content, status);
    clearInterval(refreshTimer);
    refreshTimer = setInterval(() => load(api, content, status), REFRESH_MS);
  },
  unmount: () => {
    clearInterval(refreshTimer);
    refreshTimer = null;
  }
};
