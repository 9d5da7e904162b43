package io.composegen.model.dockerfile;

/**
 * One instruction of a Dockerfile stage after its {@code FROM}; every implementation is an immutable record.
 *
 * <p>The set is closed so that renderers and lint rules can switch over it exhaustively. Instructions that
 * Docker deprecates or that only make sense for base images ({@code MAINTAINER}, {@code ONBUILD}) are left out;
 * {@code CMD}, {@code ENTRYPOINT} and {@code HEALTHCHECK} exist in exec form only, so signals reach the process
 * and no shell is assumed.
 */
public sealed interface Instruction
    permits Arg, Env, Run, Copy, Add, Workdir, User, Expose, Healthcheck, Entrypoint, Cmd, Label, Volume,
        StopSignal, Shell {

  /** Returns the Dockerfile keyword of this instruction in upper case, such as {@code RUN}. */
  String keyword();
}
