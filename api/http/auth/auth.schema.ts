import { z } from 'zod';

export const innSchema = z
  .string()
  .trim()
  .regex(
    /^(\d{10}|\d{12})$/,
    'ИНН — 10 цифр для организации или 12 цифр для индивидуального предпринимателя',
  );

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Слишком длинный адрес электронной почты')
  .pipe(z.email('Неверный адрес электронной почты'));

/** A password as typed; the policy (length, strength) is the domain's business and answers 422. */
export const passwordInputSchema = z.string().min(1, 'Введите пароль').max(1024, 'Слишком длинный пароль');

/** A one-time link token from an e-mail. */
export const linkTokenSchema = z
  .string()
  .trim()
  .regex(/^[\w-]{20,128}$/, 'Неверная ссылка: скопируйте её из письма полностью');

export const signInBodySchema = z.object({
  inn: innSchema,
  email: emailSchema.optional().meta({ description: 'Нужен, когда у организации несколько представителей' }),
  password: passwordInputSchema,
});

export const staffSignInBodySchema = z.object({ email: emailSchema, password: passwordInputSchema });

export const activationBodySchema = z.object({
  token: linkTokenSchema,
  password: passwordInputSchema,
  acceptRegulation: z.literal(true, 'Подтвердите, что вы ознакомлены и согласны с Регламентом'),
  regulationVersionId: z
    .string()
    .optional()
    .meta({ description: 'Редакция Регламента, показанная человеку' }),
});

export const passwordResetRequestSchema = z.object({ inn: innSchema, email: emailSchema });

export const passwordResetConfirmSchema = z.object({ token: linkTokenSchema, password: passwordInputSchema });

export const passwordChangeSchema = z.object({
  currentPassword: passwordInputSchema,
  newPassword: passwordInputSchema,
});

export const sessionParamsSchema = z.object({
  id: z.string().regex(/^[\w-]{43}$/, 'Неверный идентификатор сеанса'),
});

const isoDate = z.string().meta({ format: 'date-time' });

export const authMemberSchema = z
  .object({ id: z.string(), shortName: z.string(), inn: z.string(), status: z.string() })
  .meta({ id: 'AuthMember' });

export const authRepresentativeSchema = z
  .object({
    id: z.string(),
    fullName: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    status: z.string(),
    authorityExpiresAt: isoDate.nullable(),
    acceptedRegulation: z.object({ version: z.string(), acceptedAt: isoDate }).nullable(),
  })
  .meta({ id: 'AuthRepresentative' });

export const authStaffSchema = z
  .object({ id: z.string(), fullName: z.string(), email: z.string(), role: z.enum(['expert', 'admin']) })
  .meta({ id: 'AuthStaff' });

export const signInResultSchema = z
  .object({
    token: z
      .string()
      .meta({ description: 'Для заголовка Authorization: Bearer; то же значение в cookie sid' }),
    expiresAt: isoDate,
    representative: authRepresentativeSchema,
    member: authMemberSchema,
  })
  .meta({ id: 'SignInResult' });

export const staffSignInResultSchema = z
  .object({ token: z.string(), expiresAt: isoDate, staff: authStaffSchema })
  .meta({ id: 'StaffSignInResult' });

export const currentAccountSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('representative'),
      representative: authRepresentativeSchema,
      member: authMemberSchema,
    }),
    z.object({ kind: z.literal('staff'), staff: authStaffSchema }),
  ])
  .meta({ id: 'CurrentAccount' });

export const ownSessionSchema = z
  .object({
    id: z.string(),
    current: z.boolean(),
    createdAt: isoDate,
    lastSeenAt: isoDate,
    expiresAt: isoDate,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
  })
  .meta({ id: 'OwnSession' });

export const authMessageSchema = z.object({ message: z.string() }).meta({ id: 'AuthMessage' });
