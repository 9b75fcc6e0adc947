/*
 * Tasklist's configuration (replaces the webjar's default; its keyboard shortcuts are kept as they were).
 *
 * The Spring Boot starter serves /camunda/app/** from classpath:/META-INF/resources/webjars/camunda/app/;
 * this application's classes come first on the classpath, so this file wins over the webjar's.
 * Custom scripts are ES modules loaded relative to /camunda/app/tasklist/; the default export of
 * each is a Tasklist plugin (or an array of them).
 */
export default {
  customScripts: [
    // The Incident tab of the task view, before the form: scripts/incident-tab.js (docs/tasklist.md)
    'scripts/incident-tab',
    // The desks' order: due soonest first, then the highest priority: scripts/desk-order.js (docs/tasklist.md)
    'scripts/desk-order',
    // "Start process" and "Create task" only for those who may use them: scripts/navbar-actions.js
    'scripts/navbar-actions'
  ],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
