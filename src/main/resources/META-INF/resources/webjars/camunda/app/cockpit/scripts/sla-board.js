/*
 * SLA board for support managers (README, The managers' SLA board in Cockpit): a Cockpit dashboard plugin listing the open incidents
 * (running `incident-handling` instances) with customer, level, tier, response deadline, time left and
 * breached state, most urgent first, each linking to its process instance in Cockpit.
 *
 * Read-only by construction: it only sends GET requests to the webapp's engine API with the user's
 * Cockpit session, so it sees exactly what the user may read (managers: READ on every instance) and
 * needs no permission beyond those.
 *
 * Data: the process variables that intake and the process set (IncidentProcess.Vars):
 * incidentNumber, customerId, customerName, level, serviceTier, responseDue (customer's offset),
 * responseDueAt / responseWarningAt (instants), responseBreached, firstContactAt.
 */

const PROCESS_KEY = 'incident-handling';
const REFRESH_MS = 30000;
/** Instances per variable query: ~50 process variables each stays below one page of 2000. */
const CHUNK = 20;
const PAGE = 500;
const MAX_INCIDENTS = 2000;

/** Board states, in the order of urgency. */
export const STATE = {
  BREACHED: {rank: 0, label: 'Breached', css: 'danger'},
  AT_RISK: {rank: 1, label: 'At risk', css: 'warning'},
  ON_TRACK: {rank: 1, label: 'On track', css: ''},
  RESPONDED_LATE: {rank: 0, label: 'Breached (responded late)', css: 'danger'},
  RESPONDED: {rank: 2, label: 'Responded', css: 'success'},
  NO_SLA: {rank: 3, label: 'No response SLA', css: ''}
};

function headers(api) {
  const h = {Accept: 'application/json'};
  const token = api.CSRFToken || csrfCookie();
  if (token) {
    h['X-XSRF-TOKEN'] = token;
  }
  return h;
}

function csrfCookie() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : null;
}

async function getJson(api, path, params) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(`${api.engineApi}${path}?${query}`, {
    method: 'GET',
    credentials: 'same-origin',
    headers: headers(api)
  });
  if (!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return response.json();
}

async function openInstances(api) {
  const all = [];
  for (let first = 0; first < MAX_INCIDENTS; first += PAGE) {
    const page = await getJson(api, '/process-instance', {
      processDefinitionKey: PROCESS_KEY,
      sortBy: 'instanceId',
      sortOrder: 'asc',
      firstResult: first,
      maxResults: PAGE
    });
    all.push(...page);
    if (page.length < PAGE) {
      break;
    }
  }
  return all;
}

/** The process-level variables (scope = the instance itself) of the given instances, by instance id. */
async function variablesOf(api, instanceIds) {
  const byInstance = {};
  for (let i = 0; i < instanceIds.length; i += CHUNK) {
    const ids = instanceIds.slice(i, i + CHUNK);
    const variables = await getJson(api, '/variable-instance', {
      variableScopeIdIn: ids.join(','),
      deserializeValues: false,
      firstResult: 0,
      maxResults: 2000
    });
    for (const v of variables) {
      (byInstance[v.processInstanceId] = byInstance[v.processInstanceId] || {})[v.name] = v.value;
    }
  }
  return byInstance;
}

function instant(value) {
  if (!value) {
    return null;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/** One board row from an instance and its variables, at `now` (ms since the epoch). */
export function toRow(instance, vars, now) {
  const dueAt = instant(vars.responseDueAt) ?? instant(vars.responseDue);
  const warningAt = instant(vars.responseWarningAt);
  const contactedAt = instant(vars.firstContactAt);
  let state;
  if (dueAt == null) {
    state = STATE.NO_SLA;
  } else if (contactedAt != null) {
    state = vars.responseBreached === true || contactedAt > dueAt ? STATE.RESPONDED_LATE : STATE.RESPONDED;
  } else if (vars.responseBreached === true || now >= dueAt) {
    state = STATE.BREACHED;
  } else if (warningAt != null && now >= warningAt) {
    state = STATE.AT_RISK;
  } else {
    state = STATE.ON_TRACK;
  }
  return {
    processInstanceId: instance.id,
    number: vars.incidentNumber || instance.businessKey || instance.id,
    customer: vars.customerName ? `${vars.customerName} (${vars.customerId})` : (vars.customerId || ''),
    level: vars.level,
    tier: vars.serviceTier || '',
    deadline: vars.responseDue || '',
    dueAt,
    timeLeftMs: dueAt == null || contactedAt != null ? null : dueAt - now,
    firstContactAt: vars.firstContactAt || null,
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
      el('td', {'data-field': 'incident'},
          el('a', {href: `#/process-instance/${encodeURIComponent(row.processInstanceId)}/runtime`}, row.number)),
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
    const instances = await openInstances(api);
    const variables = await variablesOf(api, instances.map(i => i.id));
    const now = Date.now();
    const rows = instances.map(i => toRow(i, variables[i.id] || {}, now)).sort(byUrgency);
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
