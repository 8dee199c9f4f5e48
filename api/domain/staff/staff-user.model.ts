import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

/** `expert` processes appeals and writes letters; `admin` also manages staff, the registry and settings. */
export const STAFF_ROLES = ['expert', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const staffUserSchema = new Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    fullName: { type: String, required: true, trim: true },
    role: { type: String, enum: STAFF_ROLES, required: true },
    passwordHash: { type: String, default: null, select: false },
    active: { type: Boolean, required: true, default: true },
    lastSignInAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);

// staff sign-in by e-mail; one account per e-mail
staffUserSchema.index({ email: 1 }, { unique: true });

export type StaffUser = Plain<InferSchemaType<typeof staffUserSchema>>;
export const StaffUserModel = model('StaffUser', staffUserSchema);
