/** The browser suite (see browser-suite.ts) again, with the wiki built and served under `/devrel/`. */
import { browserSuite } from './browser-suite.ts';

browserSuite('/devrel/');
