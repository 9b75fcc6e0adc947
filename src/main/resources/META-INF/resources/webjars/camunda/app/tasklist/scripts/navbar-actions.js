/*
 * Tasklist's "Start process" and "Create task" buttons for those who may use them only.
 *
 * Tasklist 7.24 adds both to its header for every signed-in user: the buttons check no permission, only the
 * dialogs do (the process list holds what the user may start; creating a task is refused without CREATE on
 * tasks). styles/user-styles.css hides them; this plugin at the header's plugin point `tasklist.navbar.action`
 * asks the engine, as the signed-in user, and shows each button only where the answer allows it:
 *
 * - "Start process": the count of the very query the dialog lists (latest active definitions startable in
 *   Tasklist that the user may start: CREATE on process instances and CREATE_INSTANCE on the definition);
 * - "Create task": the engine's authorization check for CREATE on tasks (resource type 7).
 *
 * Should a check fail, the button stays hidden. Tasklist calls render(node, {api}) with the webapps' API
 * addresses (api.engineApi: ".../api/engine/engine/default"); the plugin itself shows nothing. Once both checks
 * have answered, the page's root element says so (data-dce-navbar-actions="checked"), so that a test can tell a
 * hidden button from one not yet shown.
 */
const SHOWN = 'dce-permitted';

const CHECKS = {
  'start-process-action': async api => (await get(api, '/process-definition/count?latest=true&active=true'
    + '&startableInTasklist=true&startablePermissionCheck=true')).count > 0,
  'create-task-action': async api => (await get(api, '/authorization/check?permissionName=CREATE'
    + '&resourceName=Task&resourceType=7')).authorized === true
};

async function get(api, path) {
  const response = await fetch(api.engineApi + path, {headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.json();
}

function show(action) {
  document.querySelectorAll(`li.${action}`).forEach(item => item.classList.add(SHOWN));
}

export default {
  id: 'dce-navbar-actions',
  pluginPoint: 'tasklist.navbar.action',
  priority: -1000,
  render: (node, {api}) => {
    const root = document.documentElement;
    root.removeAttribute('data-dce-navbar-actions');
    Promise.all(Object.entries(CHECKS).map(([action, permitted]) =>
      permitted(api).then(yes => yes && show(action), () => undefined)))
      .then(() => root.setAttribute('data-dce-navbar-actions', 'checked'));
  }
};
