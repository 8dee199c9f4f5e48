import { tsImport } from 'tsx/esm/api';

export default async function globalTeardown() {
  const { stopTestServices } = await tsImport('./test-services.ts', import.meta.url);
  await stopTestServices();
}
