package dev.pushcheck.cli;

import dev.pushcheck.SchemaSets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pushcheck schemas}: the bundled schemas, for use without pushcheck. */
@Command(
    name = "schemas",
    description = "Works with the bundled JSON Schemas.",
    subcommands = SchemasCommand.Export.class)
final class SchemasCommand {

  /** {@code pushcheck schemas export VERSION DIR} or {@code --bundle FILE}. */
  @Command(
      name = "export",
      description =
          "Writes one API version's schemas (draft 2020-12) into DIR;"
              + " DIR/push.schema.json validates a whole push, offline. With --bundle, writes them"
              + " all into one file instead.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VERSION", description = "API version, e.g. 3.6.")
    String version;

    @Parameters(
        index = "1",
        arity = "0..1",
        paramLabel = "DIR",
        description = "Directory (created if needed).")
    Path directory;

    @Option(
        names = "--bundle",
        paramLabel = "FILE",
        description =
            "Write one compound document (every schema in $defs with its $id) that validates a"
                + " whole push.")
    Path bundle;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if ((bundle == null) == (directory == null)) {
        throw new ParameterException(spec.commandLine(), "give either DIR or --bundle FILE");
      }
      if (bundle != null) {
        SchemaSets.exportBundle(version, bundle);
        out.println("Wrote the schemas of API " + version + " as one document to " + bundle);
        out.flush();
        return ExitCodes.CONFORMANT;
      }
      List<String> files = SchemaSets.export(version, directory);
      files.forEach(file -> out.println(directory.resolve(file)));
      out.println("Wrote " + files.size() + " schema files of API " + version + " to " + directory);
      out.flush();
      return ExitCodes.CONFORMANT;
    }
  }
}
