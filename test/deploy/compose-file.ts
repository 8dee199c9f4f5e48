import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/** What an operator's deploy/.env would set; the file's own defaults fill the rest. */
export const SAMPLE_ENV: Record<string, string> = {
  PUBLIC_HOST: 'lk.sro.example',
  ACME_EMAIL: 'admin@sro.example',
};

const VARIABLE = /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Compose's interpolation: `$$`, `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?error}`. */
export function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(
    VARIABLE,
    (match, braced?: string, operator?: string, argument?: string, bare?: string) => {
      if (match === '$$') return '$';
      const name = (braced ?? bare)!;
      const value = env[name];
      const unset = operator?.startsWith(':') ? !value : value === undefined;
      if (!unset) return value!;
      if (operator?.endsWith('?')) throw new Error(`${name}: ${argument}`);
      return operator?.endsWith('-') ? argument! : '';
    },
  );
}

interface Interpolated {
  [key: string]: unknown;
}

function interpolateAll(value: unknown, env: Record<string, string>): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateAll(item, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateAll(item, env)]));
  }
  return value;
}

export interface ComposeService {
  image?: string;
  command?: string[] | string;
  entrypoint?: string[] | string;
  environment?: Record<string, string>;
  secrets?: string[];
  [key: string]: unknown;
}

export interface ComposeFile extends Interpolated {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
}

/** deploy/compose.yaml as Compose reads it: anchors and merge keys resolved, variables interpolated. */
export async function loadComposeFile(env: Record<string, string> = SAMPLE_ENV): Promise<ComposeFile> {
  const text = await readFile('deploy/compose.yaml', 'utf8');
  return interpolateAll(parse(text, { merge: true }), env) as ComposeFile;
}
