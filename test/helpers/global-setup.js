// Loaded by jest outside its module transform; tsx resolves the TypeScript sources the way the app does.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { startTestServices } = await tsImport('./test-services.ts', import.meta.url);
  await startTestServices();
}
