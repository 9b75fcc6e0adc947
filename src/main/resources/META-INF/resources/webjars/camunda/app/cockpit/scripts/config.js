/*
 * Cockpit's configuration (replaces the webjar's commented-out default, which sets nothing).
 *
 * The Spring Boot starter serves /camunda/app/** from classpath:/META-INF/resources/webjars/camunda/app/;
 * this application's classes come first on the classpath, so this file wins over the webjar's.
 * Custom scripts are ES modules loaded relative to /camunda/app/cockpit/; the default export of
 * each is a Cockpit plugin (or an array of them).
 */
export default {
  customScripts: [
    // The managers' SLA board on the dashboard: scripts/sla-board.js
    'scripts/sla-board'
  ]
};
