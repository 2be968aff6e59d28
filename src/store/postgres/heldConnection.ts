import type pg from 'pg';

/**
 * Checks out a connection for work that spans several statements. While it is held, its 'error'
 * event (the server dropped it) is caught here instead of crashing the process; `release` hands it
 * back, or discards it when it was lost or `broken` says so.
 */
export function holdConnection(pool: pg.Pool): Promise<{ client: pg.PoolClient; lost: () => Error | undefined; release: (broken?: Error) => void }> {
  return new Promise((resolve, reject) => {
    // The callback form: the listener goes on in the same tick the pool hands the connection over. With
    // the promise form it would go on a microtask later, and a termination the server sent right
    // behind the previous user's last result (one socket read) would find no listener and crash.
    pool.connect((error, client) => {
      if (error || !client) return reject(error ?? new Error('pool.connect: no client'));
      let lost: Error | undefined;
      const onError = (e: Error) => {
        lost ??= e;
      };
      client.on('error', onError);
      resolve({
        client,
        lost: () => lost,
        release: (broken) => {
          client.removeListener('error', onError);
          client.release(broken ?? lost);
        },
      });
    });
  });
}

export type HeldConnection = Awaited<ReturnType<typeof holdConnection>>;
