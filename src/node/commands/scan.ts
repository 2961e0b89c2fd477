// `npx keks scan`: placeholder until its issue lands; replaced by the real command.
import { stderr } from 'node:process';

export async function run(_args: string[]): Promise<number> {
  stderr.write('keks scan: not available in this build yet.\n');
  return 2;
}
