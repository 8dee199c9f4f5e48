import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { z, type ZodType } from 'zod';
import type { Principal, StaffRole } from '../domain/sessions/principal.js';
import { DomainError } from '../domain/shared/domain-error.js';
import { botNotConfigured, requireBotKey } from './middlewares/bot-key.js';
import { requireJsonBody, UNSUPPORTED_MEDIA_TYPE } from './middlewares/json-body.js';
import { problemSchema } from './openapi/problem.schema.js';

/** `bot`: the bot process on its own behalf, by the X-Bot-Key header (see middlewares/bot-key.ts). */
export type AuthRequirement = 'none' | 'representative' | 'staff' | 'admin' | 'bot';

type PrincipalFor<A extends AuthRequirement> = A extends 'representative'
  ? Extract<Principal, { kind: 'representative' }>
  : A extends 'staff' | 'admin'
    ? Extract<Principal, { kind: 'staff' }>
    : A extends 'bot'
      ? undefined
      : Principal | undefined;

export interface RouteSpec<
  P extends ZodType,
  Q extends ZodType,
  B extends ZodType,
  A extends AuthRequirement,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path relative to the router's base, e.g. `/letters/:id`. */
  path: string;
  summary: string;
  tags: string[];
  auth: A;
  params?: P;
  query?: Q;
  body?: B;
  /** How the body arrives; multipart bodies are parsed by `before` middlewares (uploads). */
  bodyType?: 'json' | 'multipart' | 'form';
  before?: RequestHandler[];
  responses: Record<number, { description: string; schema?: ZodType; contentType?: string }>;
}

export interface RouteInput<P, Q, B, A extends AuthRequirement> {
  params: P;
  query: Q;
  body: B;
  auth: PrincipalFor<A>;
  req: Request;
  res: Response;
}

const PROBLEM_RESPONSES = {
  400: 'Ошибка в данных запроса',
  401: 'Требуется вход',
  403: 'Доступ запрещён',
  404: 'Бот Telegram в этом развёртывании не настроен (reason bot_not_configured)',
  429: 'Слишком много попыток',
  503: 'Сервис недоступен',
} as const;

/** Routes without a session: public ones, and the bot's own (404 when no bot is configured). */
const PROBLEMS_BY_AUTH: Partial<Record<AuthRequirement, number[]>> = {
  none: [400, 429],
  bot: [400, 401, 403, 404, 429],
};
const SECURITY_BY_AUTH: Partial<Record<AuthRequirement, RouteConfig['security']>> = {
  none: [],
  bot: [{ botKey: [] }],
};

function requirePrincipal(requirement: AuthRequirement, req: Request): void {
  if (requirement === 'none' || requirement === 'bot') return;
  const principal = req.principal;
  if (!principal) throw req.authFailure ?? new DomainError('unauthenticated', 'Войдите в личный кабинет.');
  const wanted = requirement === 'representative' ? 'representative' : 'staff';
  if (principal.kind !== wanted) throw new DomainError('forbidden', 'Этот раздел вам недоступен.');
  if (requirement === 'admin' && (principal as { role: StaffRole }).role !== 'admin') {
    throw new DomainError('forbidden', 'Действие доступно только администратору СРО.');
  }
}

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/**
 * A router whose every route is validated by zod and described in OpenAPI from the same schemas,
 * so the description cannot drift from what the API accepts.
 */
export class ApiRouter {
  readonly router = Router();

  constructor(
    private readonly registry: OpenAPIRegistry,
    private readonly basePath: string,
    /** The bot token that routes with `auth: 'bot'` check the bot's key against; null: no bot configured. */
    private readonly botToken: string | null = null,
  ) {
    registry.registerComponent('securitySchemes', 'botKey', {
      type: 'apiKey',
      in: 'header',
      name: 'X-Bot-Key',
    });
  }

  add<
    P extends ZodType = ZodType<Record<string, never>>,
    Q extends ZodType = ZodType<Record<string, never>>,
    B extends ZodType = ZodType<undefined>,
    A extends AuthRequirement = 'none',
  >(
    spec: RouteSpec<P, Q, B, A>,
    handler: (input: RouteInput<z.output<P>, z.output<Q>, z.output<B>, A>) => Promise<void> | void,
  ): this {
    this.describe(spec);
    // the bot's key is checked before anything else (rate limits included), so that nobody else can spend its quota
    const checkBotKey: RequestHandler = (req, _res, next) => {
      requireBotKey(req, this.botToken);
      next();
    };
    const readsJson = spec.body !== undefined && (spec.bodyType ?? 'json') === 'json';
    const guards = [...(spec.auth === 'bot' ? [checkBotKey] : []), ...(readsJson ? [requireJsonBody] : [])];
    const botless = spec.auth === 'bot' && !this.botToken;
    const before = botless ? [] : (spec.before ?? []);
    this.router[spec.method](spec.path, ...guards, ...before, async (req, res) => {
      requirePrincipal(spec.auth, req);
      const input = {
        params: spec.params ? spec.params.parse(req.params) : {},
        query: spec.query ? spec.query.parse(req.query) : {},
        body: spec.body ? spec.body.parse(req.body ?? {}) : undefined,
        auth: req.principal,
        req,
        res,
      } as RouteInput<z.output<P>, z.output<Q>, z.output<B>, A>;
      if (botless) throw botNotConfigured();
      await handler(input);
    });
    return this;
  }

  private describe(spec: RouteSpec<ZodType, ZodType, ZodType, AuthRequirement>): void {
    const contentType = {
      json: 'application/json',
      multipart: 'multipart/form-data',
      form: 'application/x-www-form-urlencoded',
    }[spec.bodyType ?? 'json'];
    const responses: RouteConfig['responses'] = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema
          ? { content: { [response.contentType ?? 'application/json']: { schema: response.schema } } }
          : {}),
      };
    }
    const problems = PROBLEMS_BY_AUTH[spec.auth] ?? [400, 401, 403, 429];
    if (spec.body && (spec.bodyType ?? 'json') === 'json') {
      responses[415] = {
        description: UNSUPPORTED_MEDIA_TYPE.title,
        content: { 'application/problem+json': { schema: problemSchema } },
      };
    }
    for (const status of problems) {
      responses[status] ??= {
        description: PROBLEM_RESPONSES[status as keyof typeof PROBLEM_RESPONSES],
        content: { 'application/problem+json': { schema: problemSchema } },
      };
    }
    this.registry.registerPath({
      method: spec.method,
      path: toOpenApiPath(`${this.basePath}${spec.path}`),
      summary: spec.summary,
      tags: spec.tags,
      security: SECURITY_BY_AUTH[spec.auth] ?? [{ session: [] }, { bearer: [] }],
      request: {
        ...(spec.params ? { params: spec.params as never } : {}),
        ...(spec.query ? { query: spec.query as never } : {}),
        ...(spec.body ? { body: { content: { [contentType]: { schema: spec.body } } } } : {}),
      },
      responses,
    });
  }
}
