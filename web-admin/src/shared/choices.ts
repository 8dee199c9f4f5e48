/** Choices of a SelectInput whose names are message keys: `<prefix>.<code>`. */
export const choicesOf = (values: readonly (string | number)[], prefix: string) =>
  values.map((id) => ({ id, name: `${prefix}.${id}` }));
