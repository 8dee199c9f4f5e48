/** How each react-admin resource maps onto the staff API. */
export interface ResourceRoute {
  /** The collection's path under /api/v1. */
  path: string;
  /** Records that live under a member: `/staff/members/:memberId/<name>`. */
  memberScoped?: boolean;
  /** The list's sort parameters as this list expects them; lists without a sort take none. */
  sort?: 'sort-order' | 'signed';
  /** Created with files: sent as multipart/form-data. */
  multipart?: boolean;
  /** Where a create goes when it is not the collection itself. */
  createPath?: (data: Record<string, unknown>) => string;
  /** Sends that make one record per recipient answer with a count; the app goes back to the list. */
  sendsMany?: boolean;
}

export const MEMBER_RECORDS = [
  'inspections',
  'fund-contributions',
  'dues-accruals',
  'dues-payments',
  'contracts',
  'insurance-contracts',
  'reports',
  'specialists',
] as const;

export const RESOURCE_ROUTES: Record<string, ResourceRoute> = {
  appeals: { path: '/staff/appeals', sort: 'signed' },
  members: { path: '/staff/members', sort: 'sort-order' },
  representatives: {
    path: '/staff/representatives',
    createPath: (data) => `/staff/members/${String(data.memberId)}/representatives`,
  },
  letters: { path: '/staff/letters', multipart: true, sendsMany: true },
  colleagues: { path: '/staff/colleagues' },
  notifications: { path: '/staff/notifications', sendsMany: true },
  events: { path: '/staff/events', sort: 'sort-order' },
  levels: { path: '/staff/levels' },
  'staff-users': { path: '/staff/staff-users', sort: 'sort-order' },
  'regulation-versions': { path: '/staff/regulation-versions' },
  audit: { path: '/staff/audit' },
  jobs: { path: '/staff/jobs' },
  ...Object.fromEntries(MEMBER_RECORDS.map((name) => [name, { path: name, memberScoped: true }])),
};

export function routeOf(resource: string): ResourceRoute {
  const route = RESOURCE_ROUTES[resource];
  if (!route) throw new Error(`Unknown resource ${resource}`);
  return route;
}
