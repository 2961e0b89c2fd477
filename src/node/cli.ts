#!/usr/bin/env node
/**
 * `npx keks <command>`: the Node-only command line (scanner, records receiver, catalogue listing).
 * Each command lives in its own module under `commands/` and is imported only when asked for, so
 * `npx keks catalog` never loads playwright-core or a database driver.
 */
import { argv, exit, stderr, stdout } from 'node:process';

/** A command takes its own arguments (after the command name) and resolves to the exit code. */
export type CommandRun = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<{ run: CommandRun }> }> = {
  catalog: { summary: 'list the built-in service catalogue', load: () => import('./commands/catalog.js') },
  scan: { summary: 'scan a site for trackers, draft a config, find leaks', load: () => import('./commands/scan.js') },
  records: { summary: 'consent records: serve, export, purge', load: () => import('./commands/records.js') },
};

const usage = (): string =>
  'Usage: keks <command> [options]\n\nCommands:\n' +
  Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
    .join('\n') +
  "\n\nRun `keks <command> --help` for a command's options.\n";

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name == '--help' || name == '-h') {
    stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    stderr.write(`keks: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(argv.slice(2)).then(
  (code) => exit(code),
  (error: unknown) => {
    stderr.write(`keks: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    exit(2);
  },
);
