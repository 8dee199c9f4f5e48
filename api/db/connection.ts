import mongoose from 'mongoose';

export interface Database {
  readonly connection: mongoose.Connection;
  /** True when the server answers a ping right now. */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Settings that keep data safe on a replica set: a write is acknowledged once a majority of members has it (an
 * election cannot roll it back), writes and reads are retried once over a failover, and reads go to the primary, so
 * that a read after a write sees it — the read cache relies on that. A standalone server takes the same settings.
 */
export const CONNECTION_SAFETY = {
  writeConcern: { w: 'majority' },
  retryWrites: true,
  retryReads: true,
  readPreference: 'primary',
} as const;

export async function connectDatabase(uri: string, dbName: string): Promise<Database> {
  await mongoose.connect(uri, {
    dbName,
    serverSelectionTimeoutMS: 10_000,
    autoIndex: false,
    ...CONNECTION_SAFETY,
  });
  const connection = mongoose.connection;
  return {
    connection,
    isReachable: async () => {
      if (connection.readyState !== mongoose.ConnectionStates.connected || !connection.db) return false;
      return connection.db
        .admin()
        .ping({ maxTimeMS: 2000 })
        .then(
          () => true,
          () => false,
        );
    },
    close: () => mongoose.disconnect(),
  };
}
