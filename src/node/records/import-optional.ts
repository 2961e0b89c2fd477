/** Imports an optional peer dependency, or fails with the exact command that installs it. */
export class MissingDependencyError extends Error {}

/** `install` is what `npm install` needs (`pg@8`); `option` the command-line option that asked for it. */
export async function importOptional<T>(name: string, install: string, option: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (e) {
    const code = (e as { code?: string }).code;
    // Only the package itself missing, not one of its own dependencies.
    if (
      (code == 'ERR_MODULE_NOT_FOUND' || code == 'MODULE_NOT_FOUND') &&
      String((e as Error).message).includes(`'${name}'`)
    )
      throw new MissingDependencyError(
        `keks records: ${option} needs the optional package "${name}". Install it with: npm install ${install}`,
      );
    throw e;
  }
}
