import type { Types } from 'mongoose';

/** A stored document as a plain (lean) object; `TExact` restates fields mongoose cannot infer, such as Mixed ones. */
export type Plain<TInferred, TExact = object> = Omit<TInferred, keyof TExact> &
  TExact & { _id: Types.ObjectId };
