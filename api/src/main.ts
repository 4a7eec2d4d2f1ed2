/**
 * Starts the API (`npm start`, the container's command); `server.ts` is the composition root.
 *
 * Node keeps the compiled code of every module on disk (`module.enableCompileCache`, in the
 * system's temporary folder unless NODE_COMPILE_CACHE names another; NODE_DISABLE_COMPILE_CACHE=1
 * turns it off), so a start after the first compiles only what changed. It is turned on here, before
 * anything else is loaded, because all of a module's static imports are compiled before any of them runs.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./server.ts');
