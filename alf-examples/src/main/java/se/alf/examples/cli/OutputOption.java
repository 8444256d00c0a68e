package se.alf.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import se.alf.examples.cli.input.InputFiles;
import se.alf.examples.cli.input.Terminal;
import se.alf.examples.cli.input.UsageException;

/**
 * {@code -o, --output FILE}, on every command: where the result goes. The one place a command's
 * result is written: to FILE or to the standard output, in UTF-8 whatever the platform's encoding,
 * control characters escaped ({@link Terminal#safe}) either way, so both hold the same bytes.
 */
final class OutputOption {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 101,
      description = "write the result to FILE (UTF-8; replaced if it exists) instead of the"
          + " standard output; messages stay on the standard error. FILE's folder must exist.")
  private String file;

  /**
   * Refuses an {@code --output} that cannot be written, before the command computes anything.
   *
   * @throws UsageException for an empty name, a directory, or a folder that does not exist
   */
  void check() {
    if (file != null) {
      path();
    }
  }

  /**
   * Writes {@code text}, the command's whole result: to {@code --output FILE}, or to the standard
   * output of {@code context}.
   *
   * @throws UsageException if FILE cannot be written
   */
  void write(Context context, String text) {
    if (file == null) {
      context.out().print(text);
      return;
    }
    try {
      Files.write(path(), Terminal.safe(text).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageException(at() + "cannot write the file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  private Path path() {
    return writable("--output", file);
  }

  /**
   * Returns the path of a file a command is to write, {@code file} given with {@code option}.
   *
   * @throws UsageException for an empty name, a directory, or a folder that does not exist
   */
  static Path writable(String option, String file) {
    String at = option + " " + Terminal.quote(file) + ": ";
    Path path = InputFiles.path(option, file);
    if (Files.isDirectory(path)) {
      throw new UsageException(at + "is a directory; give the name of a file in it");
    }
    Path folder = path.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new UsageException(at + "the folder " + Terminal.quote(String.valueOf(folder))
          + " does not exist");
    }
    return path;
  }

  /**
   * Returns the path of an SVG file a command is to write, {@code file} given with
   * {@code option}: as {@link #writable}, and named {@code *.svg}, so that nothing opens it as
   * something else.
   *
   * @throws UsageException as {@link #writable}, or for a name not ending in {@code .svg}
   */
  static Path svg(String option, String file) {
    Path path = writable(option, file);
    if (!file.toLowerCase(Locale.ROOT).endsWith(".svg")) {
      throw new UsageException(option + " " + Terminal.quote(file) + ": the chart is SVG; give a"
          + " file name ending in .svg");
    }
    return path;
  }

  /**
   * Refuses a command line whose files overlap: an output ({@code --output}, {@code --chart})
   * that is also an input file (a scenario, a reform, projects) or another output, which would
   * silently replace the input or lose one result. Compares the files themselves where they exist
   * (a link to a file is that file), else their absolute normalised paths.
   *
   * @param spec the command, its options parsed
   * @throws UsageException naming both options and the file
   */
  static void requireDistinctFiles(CommandSpec spec) {
    Map<Path, String> seen = new LinkedHashMap<>();
    List<OptionSpec> options = new ArrayList<>(spec.options());
    options.sort(Comparator.comparing(o -> OUTPUTS.contains(o.longestName())));
    for (OptionSpec o : options) {
      if (!o.paramLabel().startsWith("FILE") || o.getValue() == null) {
        continue;
      }
      Path path = identity(o.getValue().toString());
      String before = seen.putIfAbsent(path, o.longestName());
      if (before != null && OUTPUTS.contains(o.longestName())) {
        throw new UsageException(o.longestName() + " " + Terminal.quote(o.getValue().toString())
            + ": is the file of " + before + " too; " + (OUTPUTS.contains(before)
            ? "give each result a file of its own" : "writing it would replace that input"));
      }
    }
  }

  /** The file {@code name} names: the real file if it exists, else its normalised path. */
  private static Path identity(String name) {
    try {
      Path p = Path.of(name).toAbsolutePath().normalize();
      return Files.exists(p) ? p.toRealPath() : p;
    } catch (InvalidPathException | IOException e) {
      return Path.of("").toAbsolutePath().resolve(name.replace('\0', '_'));
    }
  }

  private static final Set<String> OUTPUTS = Set.of("--output", "--chart");

  private String at() {
    return "--output " + Terminal.quote(file) + ": ";
  }

  /**
   * Writes {@code text} in UTF-8 to {@code path}, a file given with {@code option} and checked
   * with {@link #writable} before the command computed anything.
   *
   * @throws UsageException if the file cannot be written
   */
  static void writeFile(String option, Path path, String text) {
    try {
      Files.write(path, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageException(option + " " + Terminal.quote(path.toString()) + ": cannot write"
          + " the file (" + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
          : ": " + e.getMessage()) + ")");
    }
  }
}
