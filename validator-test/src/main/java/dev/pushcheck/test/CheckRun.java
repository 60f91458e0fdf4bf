package dev.pushcheck.test;

import dev.pushcheck.Check;
import dev.pushcheck.CheckOptions;
import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.Status;
import dev.pushcheck.Summary;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One {@link Check#run} whose results are kept, in input order. */
final class CheckRun implements Reporter {
  final List<MessageResult> results = new ArrayList<>();
  final List<InputError> inputErrors = new ArrayList<>();
  Summary summary;

  /**
   * A run over one folder, file or capture, whose messages are named relative to it (a folder) or
   * to its folder (a file).
   */
  static CheckRun of(Path input, Optional<String> apiVersion, boolean strict, boolean pushesOnly) {
    Path absolute = input.toAbsolutePath().normalize();
    Path base = Files.isDirectory(absolute) ? absolute : absolute.getParent();
    String relative = base.relativize(absolute).toString();
    CheckOptions options =
        CheckOptions.of(List.of(relative.isEmpty() ? "." : relative))
            .withBaseDirectory(base)
            .withStrict(strict)
            .withPushesOnly(pushesOnly);
    if (apiVersion.isPresent()) {
      options = options.withApiVersion(apiVersion.get());
    }
    return of(options, InputStream.nullInputStream());
  }

  static CheckRun of(CheckOptions options, InputStream stdin) {
    CheckRun run = new CheckRun();
    run.summary = Check.run(options, stdin, run);
    return run;
  }

  @Override
  public void message(MessageResult result) {
    results.add(result);
  }

  @Override
  public void inputError(InputError error) {
    inputErrors.add(error);
  }

  @Override
  public void finish(Summary finished) {}

  List<MessageResult> failing() {
    return results.stream()
        .filter(r -> r.status() == Status.INVALID || r.status() == Status.UNREADABLE)
        .toList();
  }

  String summaryLine() {
    return summary.messages()
        + " messages: "
        + summary.valid()
        + " valid, "
        + summary.invalid()
        + " invalid, "
        + summary.unreadable()
        + " unreadable, "
        + summary.skipped()
        + " skipped; "
        + summary.inputErrors().size()
        + " input errors";
  }
}
