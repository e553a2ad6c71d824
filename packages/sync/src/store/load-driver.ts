/**
 * Loads an optional database driver, saying how to install it when it is missing: `@halo/sync`
 * lists `better-sqlite3` and `pg` as optional peers so a Postgres user never compiles SQLite.
 */
export async function loadDriver<T>(name: 'better-sqlite3' | 'pg', load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      const version = name === 'better-sqlite3' ? '@12' : '@8'
      throw new Error(
        `@halo/sync: the ${name === 'pg' ? 'Postgres' : 'SQLite'} store needs the "${name}" package; install it next to @halo/sync (npm install ${name}${version})`,
        { cause: error },
      )
    }
    throw error
  }
}
