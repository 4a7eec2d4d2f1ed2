/**
 * The command line (`npm run import|export|validate|…`); `commands.ts` holds the commands.
 *
 * Node's compile cache is turned on before anything else is loaded, for the reason `main.ts` gives.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./commands.ts');
