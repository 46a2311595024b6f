// The one module that imports tsyringe: reflect-metadata must be loaded first,
// and every other file gets the decorators from here.
import 'reflect-metadata';

export {
  container,
  inject,
  injectable,
  singleton,
  instanceCachingFactory,
  type DependencyContainer,
  type InjectionToken,
} from 'tsyringe';
