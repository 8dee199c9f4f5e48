import mongoose from 'mongoose';

export interface Database {
  readonly connection: mongoose.Connection;
  /** True when the server answers a ping right now. */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

export async function connectDatabase(uri: string, dbName: string): Promise<Database> {
  await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 10_000, autoIndex: false });
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
