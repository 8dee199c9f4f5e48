type Value = unknown;

const isPlainObject = (value: Value): value is Record<string, Value> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A new record: blank fields are left out, so that the API applies its defaults. */
export function forCreate<T extends Value>(value: T): T {
  if (Array.isArray(value)) return value.filter((item) => item !== '' && item != null).map(forCreate) as T;
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== '' && item != null)
      .map(([key, item]) => [key, forCreate(item)]),
  ) as T;
}

/** A change: a field the form emptied is sent as null, which the API takes as «clear it». */
export function forUpdate<T extends Value>(value: T): T {
  if (value === '') return null as T;
  if (Array.isArray(value)) return value.filter((item) => item !== '' && item != null).map(forUpdate) as T;
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, forUpdate(item)])) as T;
}
