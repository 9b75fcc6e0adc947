/*
 * The desks' order in Tasklist (docs/tasklist.md, "Filters"): due soonest first, then the highest priority.
 *
 * Tasklist sorts a list by the `sorting` parameter of its address and, without one, by creation date, newest
 * first, which it then writes into the address itself: the order in which a 75 % warning or a breach (which
 * raise a task's priority) changes nothing. This script gives an address without `sorting`, or with exactly
 * Tasklist's default, the desks' order; any other sorting picked in Tasklist's header stays as chosen.
 */

/** Due date ascending, then priority descending, as Tasklist writes its `sorting` parameter. */
export const DESK_SORTING = [
  {sortBy: 'dueDate', sortOrder: 'asc'},
  {sortBy: 'priority', sortOrder: 'desc'}
];

/** What Tasklist falls back to, and writes into the address, when the address has no sorting. */
const TASKLIST_DEFAULT = JSON.stringify([{sortBy: 'created', sortOrder: 'desc'}]);

function isTasklistDefault(sorting) {
  try {
    const parsed = JSON.parse(sorting);
    return Array.isArray(parsed) && JSON.stringify(parsed.map(({sortBy, sortOrder}) => ({sortBy, sortOrder})))
        === TASKLIST_DEFAULT;
  } catch (e) {
    return false;
  }
}

/**
 * The address fragment with the desks' sorting in place of none (or of Tasklist's default), or null when the
 * user picked one.
 * Tasklist's fragments look like `#/?filter=…&task=…` (or are empty on the first visit).
 */
export function withDeskSorting(hash) {
  const fragment = (hash || '').replace(/^#/, '');
  const question = fragment.indexOf('?');
  const path = question < 0 ? (fragment || '/') : fragment.substring(0, question);
  const params = new URLSearchParams(question < 0 ? '' : fragment.substring(question + 1));
  if (params.has('sorting') && !isTasklistDefault(params.get('sorting'))) {
    return null;
  }
  params.set('sorting', JSON.stringify(DESK_SORTING));
  return `#${path}?${params.toString()}`;
}

function applyDeskSorting() {
  const next = withDeskSorting(window.location.hash);
  // Only Tasklist's list views: its login and other pages have their own paths.
  if (next && /^#\/(\?|$)/.test(next.replace(/\?.*/, '?'))) {
    window.location.replace(next);
  }
}

// After Tasklist has handled the change itself, so that its own address update does not undo this one.
window.addEventListener('hashchange', () => setTimeout(applyDeskSorting, 0));
applyDeskSorting();

/** No plugin point: the script only orders the lists. */
export default [];
