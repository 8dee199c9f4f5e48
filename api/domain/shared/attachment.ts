import { Schema, type InferSchemaType } from 'mongoose';

/** A file kept in GridFS (see file-storage.ts) and attached to a letter, an appeal or a report. */
export const attachmentSchema = new Schema(
  {
    fileId: { type: Schema.Types.ObjectId, required: true },
    filename: { type: String, required: true, trim: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true, min: 0 },
  },
  { _id: false },
);

export type Attachment = InferSchemaType<typeof attachmentSchema>;
