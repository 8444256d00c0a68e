package se.alf.research;

/** Placeholder so the package exists; delete once the package has a real type. */
final class Placeholder {
  private Placeholder() {}
}
