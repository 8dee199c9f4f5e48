/** A form's values as multipart: files picked in a FileInput arrive as `{ rawFile }`, the rest as text fields. */
export function formDataOf(values: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      const file = (item as { rawFile?: unknown }).rawFile;
      if (file instanceof File) form.append(key, file, file.name);
      else form.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}
