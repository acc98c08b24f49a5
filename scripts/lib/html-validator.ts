/**
 * The W3C's Nu Html Checker (vnu-jar from npm, the checker behind validator.w3.org/nu)
 * over built pages, so "valid HTML" is checked rather than assumed: invalid markup is
 * what browsers and screen readers each repair in their own way. It is a Java program:
 * the package ships the jar, and a Java runtime comes from the system (Debian's
 * default-jre-headless; .ci/run installs it). The package's own install script, which
 * would download a JDK, is denied in package.json: nothing here needs it.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface HtmlError {
  /** Which of the folders checked it is in, as given. */
  dir: string;
  /** The page, relative to that folder. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export type Validation =
  | { available: true; errors: HtmlError[] }
  | { available: false; reason: string };

/** The Java that runs the checker: JAVA_HOME's, else `java` on PATH. */
function javaCommand(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

const noJava = 'the Nu Html Checker needs a Java runtime (11 or newer), and none was found: install one (Debian or Ubuntu: sudo apt-get install default-jre-headless; macOS: brew install openjdk) or set JAVA_HOME';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message?: string;
}

/**
 * Checks every `.html` file under each folder in `dirs` in one run of the checker (the
 * Java start-up is most of its time). Errors only: the checker's warnings are advice.
 */
export function validateHtml(dirs: readonly string[]): Validation {
  const jar = createRequire(import.meta.url)('vnu-jar') as unknown as string;
  const java = javaCommand();
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return { available: false, reason: noJava };
  const run = spawnSync(java, ['-jar', String(jar), '--errors-only', '--format', 'json', '--skip-non-html', ...dirs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  // The checker writes its JSON report to standard error, and exits 1 when it found errors.
  const report = [run.stderr, run.stdout].find((text) => text?.trimStart().startsWith('{'));
  if (!report) throw new Error(`the Nu Html Checker did not report (exit ${run.status}): ${(run.stderr || run.stdout || String(run.error)).trim().slice(0, 2000)}`);
  const messages = (JSON.parse(report) as { messages: VnuMessage[] }).messages;
  const where = (url = '') => {
    const file = url.startsWith('file:') ? fileURLToPath(url) : url;
    const dir = dirs.find((d) => file.startsWith(path.resolve(d) + path.sep)) ?? '';
    return { dir, file: (dir ? path.relative(path.resolve(dir), file) : file).split(path.sep).join('/') };
  };
  const errors = messages
    // "Cannot recover after last error" repeats the error before it.
    .filter((m) => m.type === 'error' && m.subType !== 'fatal' || m.type === 'non-document-error')
    .map((m) => ({ ...where(m.url), line: m.lastLine, column: m.firstColumn ?? m.lastColumn, message: m.message ?? 'unknown error' }));
  return { available: true, errors };
}

/** `search/index.html:1:7235  Stray start tag “script”.` */
export function formatHtmlError(error: HtmlError): string {
  return `${error.file}${error.line ? `:${error.line}:${error.column ?? 1}` : ''}  ${error.message}`;
}
