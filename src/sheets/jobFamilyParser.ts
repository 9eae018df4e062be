/**
 * The job-family parser (src/core/jobFamily with marked's lexer, about 65 KB minified) as the Growth
 * Plan runs it: bundled on its own and packed into Code.js by scripts/build.ts, evaluated only by a
 * call that parses a handbook page the script cache does not hold. No other call pays for it.
 */
import type * as Parser from '../core/jobFamily/parse';
import { lazyModule } from '../appsscript/packs/unpack';

export const jobFamilyParser = lazyModule<typeof Parser>('jobFamilyParser');
