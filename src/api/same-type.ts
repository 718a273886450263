/**
 * The compile-time guards that keep a schema and the type it describes in step: each must be assignable to the other,
 * so that a field added to one and not the other fails `tsc`.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * Interfaces and the object types TypeBox infers differ in how they are written, not in what they hold; and what is
 * read-only in the code (the knowledge) is plain data on the wire.
 */
type Resolved<T> = T extends readonly (infer U)[]
  ? Resolved<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Resolved<T[K]> }
    : T;

/** The same type, compared field by field through lists and objects. */
export type Alike<A, B> = Same<Resolved<A>, Resolved<B>>;
