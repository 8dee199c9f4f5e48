import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when it is first opened, from a module that exports it by name: the first screen's script carries
 * only the inbox.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
}
