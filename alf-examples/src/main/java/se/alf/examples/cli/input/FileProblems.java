package se.alf.examples.cli.input;

import java.util.List;

/** Every problem found in an input file, one line each, naming the place, value and rule. */
final class FileProblems extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  FileProblems(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }

  /** Returns the usage error of these problems, each line starting with {@code prefix: }. */
  UsageException usage(String prefix) {
    return new UsageException(problems.stream().map(p -> prefix + ": " + p).toList());
  }
}
