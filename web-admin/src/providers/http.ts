import { HttpError } from 'react-admin';

export const API = '/api/v1';

/** Every call of the app carries this header: the API refuses cookie-authenticated changes without it or a same-site Origin. */
const CSRF_HEADER = { 'X-Requested-With': 'sro-admin' };

interface Problem {
  title?: string;
  detail?: string;
  errors?: { path: string; message: string }[];
  /** A refusal about one input (a password that breaks the rules): its detail belongs on that field. */
  field?: string;
}

/** problem+json → react-admin's HttpError; field errors keyed by field, so that forms show them on the fields. */
function toHttpError(status: number, problem: Problem): HttpError {
  const fieldErrors =
    problem.errors ?? (problem.field ? [{ path: problem.field, message: problem.detail ?? '' }] : []);
  const errors = Object.fromEntries(fieldErrors.map((error) => [error.path || 'root', error.message]));
  const message = problem.detail ?? problem.errors?.[0]?.message ?? problem.title ?? 'sro.error.unknown';
  return new HttpError(message, status, { ...problem, errors });
}

/** A call to the API with the staff session cookie; JSON or FormData bodies; problem answers thrown as HttpError. */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const isForm = init.body instanceof FormData;
  const headers: Record<string, string> = { ...CSRF_HEADER, Accept: 'application/json' };
  if (init.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body:
        init.body === undefined ? undefined : isForm ? (init.body as FormData) : JSON.stringify(init.body),
    });
  } catch {
    throw new HttpError('sro.error.network', 0);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const body: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) throw toHttpError(response.status, (body ?? {}) as Problem);
  return body as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.slice(0, 200) };
  }
}

export const query = (params: Record<string, unknown>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};
