import { Composer, type Middleware, type MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';

type MaybePromise<T> = T | Promise<T>;

interface Route {
  passes: (ctx: BotContext) => MaybePromise<boolean>;
  handle: MiddlewareFn<BotContext>;
}

const always = () => true;

/** A route to what `composer` holds when an update arrives: handlers may still be added to it after it is routed. */
const routeTo = (passes: Route['passes'], composer: Composer<BotContext>): Route => ({
  passes,
  handle: (ctx, next) => composer.middleware()(ctx, next),
});

/**
 * Tries the routes in order in one middleware; a handler that calls `next` hands the update on to the routes after it.
 * grammY chains every handler as a middleware of its own (and rebuilds a chain at each filter for every update), so an
 * update reaching the fortieth handler waited through forty layers: they cost more than the handler.
 */
function dispatch(routes: readonly Route[]): MiddlewareFn<BotContext> {
  const tryFrom = async (first: number, ctx: BotContext, next: () => Promise<void>): Promise<void> => {
    for (let index = first; index < routes.length; index += 1) {
      const route = routes[index]!;
      const passes = route.passes(ctx);
      if (passes === true || (passes !== false && (await passes))) {
        await route.handle(ctx, () => tryFrom(index + 1, ctx, next));
        return;
      }
    }
    await next();
  };
  return (ctx, next) => tryFrom(0, ctx, next);
}

/** A feature's handlers (`command`, `callbackQuery`, `on`, `use`…), in the order registered. */
export class FeatureComposer extends Composer<BotContext> {
  readonly routes: Route[] = [];

  override use(...middleware: Middleware<BotContext>[]): Composer<BotContext> {
    const composer = new Composer(...middleware);
    this.routes.push(routeTo(always, composer));
    return composer;
  }

  override filter<D extends BotContext>(
    predicate: (ctx: BotContext) => ctx is D,
    ...middleware: Middleware<D>[]
  ): Composer<D>;
  override filter(
    predicate: (ctx: BotContext) => MaybePromise<boolean>,
    ...middleware: Middleware<BotContext>[]
  ): Composer<BotContext>;
  override filter(
    predicate: (ctx: BotContext) => MaybePromise<boolean>,
    ...middleware: Middleware<BotContext>[]
  ): Composer<BotContext> {
    const composer = new Composer(...middleware);
    this.routes.push(routeTo(predicate, composer));
    return composer;
  }

  override middleware(): MiddlewareFn<BotContext> {
    return dispatch(this.routes);
  }
}

/** The features' handlers as one middleware, tried in the order of the features. */
export const joinFeatures = (features: readonly FeatureComposer[]): MiddlewareFn<BotContext> =>
  dispatch(features.flatMap((feature) => feature.routes));
