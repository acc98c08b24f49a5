/**
 * `npm run new -- <type> "<title>" [flags]`: creates a content file with every field
 * explained and placeholders the checker flags. In a terminal it asks for what is
 * missing, offering the valid choices; elsewhere it takes flags and names any missing
 * one. The logic lives in src/lib/scaffold/; this file only talks to the terminal.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { closestMatches } from '../src/lib/did-you-mean.ts';
import { buildNow } from '../src/lib/now.ts';
import { contentDir } from '../src/lib/paths.ts';
import { helpText, parseCommand, scaffold, ScaffoldError, type Ask } from '../src/lib/scaffold/scaffold.ts';

async function main(): Promise<number> {
  let command;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    return fail(error);
  }
  if (command.help) {
    console.log(helpText());
    return 0;
  }

  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  // Ctrl+C at a prompt: stop cleanly; nothing has been written before the last answer.
  rl?.on('SIGINT', () => {
    console.log('\nCancelled: nothing was written.');
    rl.close();
    process.exit(130);
  });
  const ask: Ask | undefined = rl
    ? async (spec) => {
        const { question, choices, fallback } = spec;
        if (choices.length) {
          const shown = choices.length > 15 ? [...choices.slice(0, 15), `… and ${choices.length - 15} more (type part of a name)`] : choices;
          console.log(`\n${question.prompt}. Choices:\n${shown.map((c) => `  ${c}`).join('\n')}`);
        }
        for (;;) {
          const suffix = fallback ? ` [${fallback}]` : question.required ? '' : ' (optional)';
          let answer: string;
          try {
            answer = (await rl.question(`${question.prompt}${suffix}: `)).trim();
          } catch (error) {
            // Ctrl+D closes the input: treat it as cancelling, not as a crash.
            if ((error as Error).name === 'AbortError') throw new ScaffoldError(['cancelled: nothing was written']);
            throw error;
          }
          const error = spec.validate(answer);
          if (!error) return answer;
          console.log(`  ${error.split('\n').join('\n  ')}`);
          // Offer close ids when someone types part of a name, e.g. "maria".
          const ids = choices.map((c) => c.split('  ')[0]!);
          const close = answer ? closestMatches(answer, ids, 5) : [];
          if (close.length && !error.includes('did you mean')) console.log(`  close: ${close.join(', ')}`);
        }
      }
    : undefined;

  try {
    const today = buildNow().toISOString().slice(0, 10);
    const result = await scaffold(command, { contentDir, today, ask });
    const shown = result.written.map((abs) => path.relative(process.cwd(), abs));
    console.log(`\nCreated ${shown.join(' and ')}`);
    for (const note of result.notes) console.log(note);
    console.log('\nNext:');
    console.log(`  1. Open ${shown[0]} and replace every "TODO: …" (the # lines explain each field).`);
    if (result.type.name === 'metric') console.log(`     Add data rows to ${shown[1]}: one "date,value" line per data point, like 2026-01-31,120`);
    console.log('  2. npm run check      lists anything still missing, with its line');
    console.log('  3. npm run dev        preview the wiki at the address it prints, while you edit');
    return 0;
  } catch (error) {
    return fail(error);
  } finally {
    rl?.close();
  }
}

function fail(error: unknown): number {
  if (error instanceof ScaffoldError) {
    console.error(`npm run new: ${error.lines.length > 1 ? 'cannot create the file yet:\n  ' + error.lines.join('\n  ') : error.message}`);
    if (!process.stdin.isTTY) console.error('Run npm run new -- --help for types, flags and examples.');
    return 1;
  }
  throw error;
}

process.exitCode = await main();
