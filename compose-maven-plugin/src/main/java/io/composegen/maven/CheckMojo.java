package io.composegen.maven;

import io.composegen.generator.check.Drift;
import io.composegen.model.Stack;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the files on disk differ from what {@code compose:generate} would write, printing a
 * unified diff per file. Writes nothing; meant for CI.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractComposeMojo {

  @Override
  protected void run(Stack stack) throws MojoFailureException {
    List<Drift> drift = generator(false).check(stack, directory.toPath());
    List<Drift> drifted = drift.stream().filter(Drift::drifted).toList();
    if (drifted.isEmpty()) {
      getLog().info("composegen: " + drift.size() + " files up to date");
      return;
    }
    for (Drift file : drifted) {
      getLog().error(relative(file.path()) + " is " + describe(file.status()) + ":\n" + file.diff());
    }
    throw new MojoFailureException("composegen: " + drifted.size() + " of " + drift.size()
        + " files differ from the model; run `mvn compose:generate` and commit the result"
        + (drifted.stream().anyMatch(d -> d.status() == Drift.Status.STALE)
            ? " (delete the stale files it no longer writes)" : ""));
  }

  private static String describe(Drift.Status status) {
    return switch (status) {
      case MISSING -> "missing";
      case DIFFERENT -> "out of date";
      case STALE -> "no longer generated";
      case UP_TO_DATE -> "up to date";
    };
  }
}
