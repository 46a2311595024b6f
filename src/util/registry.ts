import { describeValue, DuplicateNameError, InvalidArgumentError, UnknownNameError } from '../errors.js';

/**
 * Things of one kind (activations, losses, trainers, optimizers) by a stable
 * name, as TensorFlow.js registers its layers: each class carries its name and
 * registers a factory right under its definition, and a model file or the CLI
 * names what it needs. Unknown and duplicate names are typed errors that list
 * the known ones.
 */
export class Registry<T> {
  private readonly factories = new Map<string, (config: Record<string, number>) => T>();
  private readonly builtIn = new Set<string>();

  /** @param kind what is registered, for messages ('activation', 'loss', …). */
  constructor(readonly kind: string) {}

  /**
   * Makes `name` available to `create`. A factory receives the settings that
   * the thing's `config()` returned when it was saved (empty for most).
   * @throws InvalidArgumentError for an empty name or a factory that is not a function;
   *   DuplicateNameError for a name already registered.
   */
  register(name: string, factory: (config: Record<string, number>) => T): void {
    if (typeof name !== 'string' || name.trim() === '') {
      throw new InvalidArgumentError(`${this.kind} name`, `must be a non-empty string, got ${JSON.stringify(name)}`);
    }
    if (typeof factory !== 'function') {
      throw new InvalidArgumentError(`${this.kind} '${name}'`, `the factory must be a function, got ${describeValue(factory)}`);
    }
    if (this.factories.has(name)) throw new DuplicateNameError(this.kind, name);
    this.factories.set(name, factory);
  }

  /** Registers one of the library's own (kept by `unregister`). */
  registerBuiltIn(name: string, factory: (config: Record<string, number>) => T): void {
    this.register(name, factory);
    this.builtIn.add(name);
  }

  /** Removes a user registration (built-in names stay). Returns whether it was there. */
  unregister(name: string): boolean {
    return !this.builtIn.has(name) && this.factories.delete(name);
  }

  /** A new instance of what is registered as `name`, built from `config`. @throws UnknownNameError */
  create(name: string, config: Record<string, number> = {}): T {
    const factory = this.factories.get(name);
    if (factory === undefined) throw new UnknownNameError(this.kind, name, this.names());
    return factory(config);
  }

  has(name: string): boolean {
    return this.factories.has(name);
  }

  /** Every registered name, in registration order (the library's first). */
  names(): string[] {
    return [...this.factories.keys()];
  }
}
