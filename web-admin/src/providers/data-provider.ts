import type { DataProvider, RaRecord } from 'react-admin';
import { formDataOf } from '../shared/form-data';
import { apiFetch, query } from './http';
import { routeOf, type ResourceRoute } from './resources';

interface Page<T> {
  items: T[];
  total: number;
}

type Data = Record<string, unknown>;

const sortParams = (route: ResourceRoute, sort?: { field: string; order: string }) => {
  if (!sort?.field || !route.sort) return {};
  if (route.sort === 'signed') return { sort: sort.order === 'DESC' ? `-${sort.field}` : sort.field };
  return { sort: sort.field, order: sort.order.toLowerCase() };
};

/** The collection path of a resource; a member's records need the member, from the record, the filter or meta. */
function collectionPath(route: ResourceRoute, memberId?: unknown): string {
  if (!route.memberScoped) return route.path;
  if (!memberId) throw new Error(`${route.path}: memberId is required`);
  return `/staff/members/${String(memberId)}/${route.path}`;
}

const memberOf = (...sources: (Data | undefined)[]) => sources.find((source) => source?.memberId)?.memberId;

async function list(route: ResourceRoute, params: Data, memberId?: unknown) {
  const { page = 1, perPage = 25 } = (params.pagination ?? {}) as { page?: number; perPage?: number };
  // a member's own records carry the member in the path; every other list filters by it (?memberId=)
  const { memberId: _memberId, ...scoped } = (params.filter ?? {}) as Data;
  const filter = route.memberScoped ? scoped : ((params.filter ?? {}) as Data);
  const search = query({ page, perPage, ...sortParams(route, params.sort as never), ...filter });
  const result = await apiFetch<Page<RaRecord>>(`${collectionPath(route, memberId)}${search}`);
  return { data: result.items, total: result.total };
}

/** Typed by RaRecord here: react-admin's generic record types are the caller's business. */
export const dataProvider = {
  getList: (resource, params) => {
    const route = routeOf(resource);
    const filter = params.filter as Data;
    if (route.memberScoped) return list(route, params as Data, filter.memberId);
    return list(route, params as Data);
  },
  getManyReference: (resource, params) => {
    const route = routeOf(resource);
    if (route.memberScoped) return list(route, { ...params }, params.id);
    return list(route, { ...params, filter: { ...params.filter, [params.target]: params.id } });
  },
  getOne: async (resource, params) => {
    const route = routeOf(resource);
    const base = collectionPath(route, memberOf(params.meta as Data));
    return { data: await apiFetch<RaRecord>(`${base}/${String(params.id)}`) };
  },
  getMany: async (resource, params) => {
    const route = routeOf(resource);
    const base = collectionPath(route, memberOf(params.meta as Data));
    const data = await Promise.all(params.ids.map((id) => apiFetch<RaRecord>(`${base}/${String(id)}`)));
    return { data };
  },
  create: async (resource, params) => {
    const route = routeOf(resource);
    const data = params.data as Data;
    const path = route.createPath?.(data) ?? collectionPath(route, data.memberId);
    const body = route.multipart ? formDataOf(data) : withoutMember(route, data);
    const answer = await apiFetch<RaRecord & { count?: number }>(path, { method: 'POST', body });
    return { data: route.sendsMany ? { ...answer, id: `sent-${Date.now()}` } : answer };
  },
  update: async (resource, params) => {
    const route = routeOf(resource);
    const base = collectionPath(route, memberOf(params.data as Data, params.previousData as Data));
    const body = changedFields(params.data as Data, params.previousData as Data);
    return { data: await apiFetch<RaRecord>(`${base}/${String(params.id)}`, { method: 'PATCH', body }) };
  },
  updateMany: () => Promise.reject(new Error('sro.error.unsupported')),
  delete: async (resource, params) => {
    const route = routeOf(resource);
    const base = collectionPath(route, memberOf(params.previousData as Data, params.meta as Data));
    await apiFetch(`${base}/${String(params.id)}`, { method: 'DELETE' });
    return { data: params.previousData as RaRecord };
  },
  deleteMany: () => Promise.reject(new Error('sro.error.unsupported')),
} as DataProvider;

const READ_ONLY = new Set(['id', 'memberId', 'createdAt', 'updatedAt']);

function withoutMember(route: ResourceRoute, data: Data): Data {
  if (!route.memberScoped) return data;
  const { memberId: _memberId, ...rest } = data;
  return rest;
}

/** A PATCH carries only what the form changed, so that derived and read-only fields are never sent back. */
function changedFields(data: Data, previous: Data): Data {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([key, value]) => !READ_ONLY.has(key) && JSON.stringify(value) !== JSON.stringify(previous[key]),
    ),
  );
}
