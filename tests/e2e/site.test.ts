/** The browser suite (see browser-suite.ts) on the sample wiki served at `/`. */
import { browserSuite } from './browser-suite.ts';

browserSuite('/');
