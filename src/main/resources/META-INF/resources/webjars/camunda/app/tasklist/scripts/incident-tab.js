/*
 * The Incident tab of Tasklist's task view (docs/tasklist.md): the incident card of the task's incident,
 * so that whoever works a task (first contact, resolution, a breach) sees the incident before the form.
 *
 * A Tasklist plugin at the plugin point `tasklist.task.detail`: Tasklist calls render(node, {api, taskId})
 * whenever the tab is shown or another task is opened in it, and unmount() when it goes. Tabs are ordered by
 * priority, highest first, and the first one opens by default: 2000 puts this tab before Form (1000).
 *
 * What matters comes first: the entitlement and what it means for the work, then the situation (who holds
 * the incident, first contact, access, time left). Times are the installation's, in words, with the viewer's
 * clock beside them; the server writes them (the browser's zone goes along as `zone`), so that the tab reads
 * like the timeline and the e-mails. Rule ids stand apart as a small "policy" note, never in a sentence.
 *
 * Data: GET /camunda/api/dce/incident-card/task/{taskId}?zone=... with the user's Tasklist session, read from
 * the incident row and the engine's open tasks (never process variables). It answers only for tasks the user may see; for a task of another
 * process it answers 404 "not an incident task", and the tab says so. A GET needs no CSRF token: the
 * webapps' CSRF filter checks only requests that change something.
 */

const TICK_MS = 1000;

/** The countdown of the card on show: one at a time, like the tab. */
let ticker = null;
/** Counts renders, so that a slow answer for a task no longer shown is dropped. */
let renders = 0;

function stopTicking() {
  clearInterval(ticker);
  ticker = null;
}

/** Our own endpoints beside the webapps' APIs (api.adminApi is ".../api/admin"). */
function cardUrl(api, taskId) {
  return `${api.adminApi.replace(/\/admin$/, '/dce')}/incident-card/task/${encodeURIComponent(taskId)}`
      + `?zone=${encodeURIComponent(viewerZone())}`;
}

/** An element with attributes and children; text only, never HTML (customers write titles and contacts). */
function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value != null) {
      node.setAttribute(name, value);
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child != null) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

/** The viewer's own zone, as the browser knows it. */
export function viewerZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "1 d 02:03:04", "0:59:30": seconds as days, hours, minutes and seconds. */
export function duration(totalSeconds) {
  const s = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const two = n => String(n).padStart(2, '0');
  const clock = `${days ? two(hours) : hours}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
  return days ? `${days} d ${clock}` : clock;
}

/**
 * The response clock at `now` (ms since the epoch): responded (first contact made), breached (deadline
 * passed or marked; the time overdue keeps counting), running (seconds left) or none (no response deadline:
 * level 5, not entitled).
 */
export function responseClock(response, now) {
  if (response.respondedAt) {
    return {state: 'responded', text: response.respondedText ? `Responded at ${response.respondedText}` : 'Responded'};
  }
  const dueAt = response.dueAt ? Date.parse(response.dueAt) : NaN;
  if (Number.isNaN(dueAt)) {
    return {state: 'none', text: 'No response deadline'};
  }
  const secondsLeft = Math.floor((dueAt - now) / 1000);
  if (secondsLeft <= 0) {
    return {state: 'breached', text: `Breached: overdue by ${duration(-secondsLeft)}`, secondsLeft};
  }
  if (response.breached) {
    // Marked breached by the process although the clock here says otherwise (a clock set apart): the mark wins.
    return {state: 'breached', text: 'Breached', secondsLeft};
  }
  return {state: 'running', text: `${duration(secondsLeft)} left`, secondsLeft};
}

function field(name, label, ...value) {
  return [h('dt', {}, label), h('dd', {'data-field': name}, ...value)];
}

function orDash(value) {
  return value == null || value === '' ? '—' : value;
}

/** Rule ids as a small note beside a text: "policy: L12-1". */
function policy(ids) {
  return ids && ids.length ? [' ', h('small', {'class': 'text-muted', 'data-policy': ids.join(' ')},
      `policy: ${ids.join(', ')}`)] : null;
}

function timeline(entries) {
  return h('table', {'class': 'table table-condensed', 'data-timeline': ''},
      h('thead', {}, h('tr', {}, h('th', {}, 'At'), h('th', {}, 'Event'), h('th', {}, 'Detail'))),
      h('tbody', {}, entries.map(e => h('tr', {'data-event': e.event, 'data-internal': String(e.internal),
            'class': e.internal ? 'warning' : null},
          h('td', {}, h('span', {title: e.at}, e.atText || e.at)),
          h('td', {}, e.event, e.internal ? [' ', h('span', {'class': 'label label-warning'}, 'staff only')] : null),
          h('td', {}, orDash(e.detail), policy(e.policy))))));
}

/** The entitlement in one plain line, coloured by what it means for the work. */
function entitlementLine(line, status) {
  const kind = status === 'entitled' ? 'info' : status === 'limited' ? 'warning' : 'danger';
  return h('p', {'class': `alert alert-${kind}`, 'data-field': 'entitlement-line', 'data-status': status,
    'style': 'margin: 10px 0; padding: 8px 12px'}, h('strong', {}, line.text), policy(line.policy));
}

/** Who holds the incident, first contact, access and time left: what a supervisor asks first. */
function situation(s, countdown, response) {
  return h('dl', {'class': 'dl-horizontal', 'data-situation': ''},
      field('holder', 'Held by', s.holder),
      field('first-contact', 'First contact', s.firstContact),
      field('access', 'Access', h('span', {'data-access': s.access}, s.accessText)),
      field('due', 'Response due', response.dueAt ? h('span', {title: response.due}, s.dueText) : s.dueText),
      field('time-left', 'Time left', countdown));
}

function card(data, now) {
  // The first contact in words, as the situation writes it, for the countdown once it has stopped
  const response = {...data.response, respondedText: data.situation && data.situation.firstContact};
  const clock = responseClock(response, now);
  const countdown = h('strong', {'data-field': 'countdown', 'data-state': clock.state}, clock.text);
  const c = data.contact || {};
  const install = data.installation || {};
  const entitlement = data.entitlement || {};
  const resolution = data.resolution;
  const updates = data.emailUpdates || {};
  const details = h('dl', {'class': 'dl-horizontal'},
      field('customer', 'Customer', `${orDash(data.customer.name)} (${data.customer.id}), ${data.customer.tier}`),
      field('installation', 'Installation', install.cluster,
          install.product ? ` · ${install.product}${install.version ? ' ' + install.version : ''}` : ''),
      field('level', 'Level', `Level ${data.level}`, h('br'),
          h('small', {}, orDash((data.levelReasonText || {}).text || data.levelReason)),
          policy((data.levelReasonText || {}).policy)),
      field('entitlement', 'Entitlement', orDash(entitlement.status),
          entitlement.reason ? ` (${entitlement.reason})` : '', h('br'), h('small', {}, orDash(entitlement.explanation))),
      field('terms', 'Response terms', response.termsText
          ? h('span', {title: `${response.responseTime} ${response.coverage}`}, response.termsText) : 'none',
          response.explanationText ? [h('br'), h('small', {title: orDash(response.explanation)},
            response.explanationText), policy(response.policy)] : null),
      field('channels', 'Channels', data.channels.length ? data.channels.join(', ') : '—'),
      field('contact', 'Contact', [c.name, c.phone, c.email].filter(Boolean).join(' · ') || '—'),
      field('on-site', 'On-site', data.situation.onSite),
      field('resolution', 'Resolution', resolution
          ? `${resolution.type}: ${orDash(resolution.summary)}`
            + (resolution.changeRequestNumber ? ` (${resolution.changeRequestNumber})` : '') : 'None proposed yet'),
      field('email-updates', 'E-mail updates', updates.enabled ? `to ${updates.email}` : 'off'));
  const view = h('section', {'class': 'dce-incident-card', 'data-incident-card': data.number, 'style': 'padding: 10px 15px'},
      h('h3', {}, `${data.number}: ${data.title}`, ' ',
          h('span', {'class': 'label label-default', 'data-field': 'status'}, data.status),
          // SVC-2: reported during the customer's registered critical phase (peak, launch, upgrade).
          data.criticalEvent ? [' ', h('span', {'class': 'label label-danger', 'data-field': 'critical-event'},
              'critical event')] : null),
      entitlementLine(data.entitlementLine, entitlement.status),
      situation(data.situation, countdown, response),
      h('h4', {}, 'Details'),
      details,
      h('h4', {}, 'Timeline'),
      timeline(data.timeline));
  return {view, countdown, response};
}

function tick(shown) {
  const clock = responseClock(shown.response, Date.now());
  shown.countdown.textContent = clock.text;
  shown.countdown.setAttribute('data-state', clock.state);
  if (clock.state === 'responded' || clock.state === 'none') {
    stopTicking();
  }
}

async function show(node, api, taskId, render) {
  const response = await fetch(cardUrl(api, taskId), {
    method: 'GET',
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  const body = await response.json().catch(() => ({}));
  if (render !== renders) {
    return;
  }
  if (!response.ok) {
    const notIncident = response.status === 404 && /^Not an incident task/.test(body.detail || '');
    node.replaceChildren(h('p', {'class': 'text-muted', 'data-incident-card-missing': notIncident ? 'not-incident' : 'error',
      'style': 'padding: 10px 15px'}, notIncident
        ? 'This is not an incident task: it has no incident card.'
        : `The incident card could not be loaded (${body.detail || 'HTTP ' + response.status}).`));
    return;
  }
  const shown = card(body, Date.now());
  node.replaceChildren(shown.view);
  if (['running', 'breached'].includes(responseClock(shown.response, Date.now()).state)) {
    stopTicking();
    ticker = setInterval(() => tick(shown), TICK_MS);
  }
}

export default {
  id: 'dce-incident-tab',
  pluginPoint: 'tasklist.task.detail',
  priority: 2000,
  label: 'Incident',
  render: (node, {api, taskId}) => {
    stopTicking();
    node.replaceChildren(h('p', {'class': 'text-muted', 'style': 'padding: 10px 15px'}, 'Loading the incident…'));
    if (!taskId) {
      return;
    }
    show(node, api, taskId, ++renders).catch(e => node.replaceChildren(h('p', {'data-incident-card-missing': 'error'},
        `The incident card could not be loaded (${e.message}).`)));
  },
  unmount: stopTicking
};
