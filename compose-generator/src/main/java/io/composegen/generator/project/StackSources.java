package io.composegen.generator.project;

import io.composegen.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Combines the places a project's model comes from, in their documented order: what zero-config inference makes
 * of the project first, then the stack descriptor on top.
 */
public final class StackSources {

  private StackSources() {}

  /**
   * Returns {@code inferred} with {@code described} laid over it: every service, network, volume, secret, config,
   * {@code x-*} value and layer of the descriptor replaces the inferred entry of the same name (keeping its place)
   * or is added after the inferred ones; the descriptor's project name and base file name win when it sets them.
   * Inferred entries whose names the descriptor does not use stay as they are.
   *
   * @throws IllegalArgumentException when the combination breaks a rule of the model, such as a descriptor layer
   *     that changes how an inferred service's image is built
   */
  public static Stack overlay(Stack inferred, Stack described) {
    Objects.requireNonNull(inferred, "inferred");
    Objects.requireNonNull(described, "described");
    Stack.Builder out = Stack.builder(described.name() != null ? described.name() : inferred.name())
        .baseFileName(described.baseFileName() != null ? described.baseFileName() : inferred.baseFileName());
    inferred.services().values().forEach(out::service);
    described.services().values().forEach(out::service);
    inferred.networks().forEach(out::network);
    described.networks().forEach(out::network);
    inferred.volumes().forEach(out::volume);
    described.volumes().forEach(out::volume);
    inferred.secrets().forEach(out::secret);
    described.secrets().forEach(out::secret);
    inferred.configs().forEach(out::config);
    described.configs().forEach(out::config);
    inferred.extensions().forEach(out::extension);
    described.extensions().forEach(out::extension);
    inferred.layers().values().forEach(out::layer);
    described.layers().values().forEach(out::layer);
    return out.build();
  }

  /** Returns the names of the services of {@code inferred} that {@link #overlay} keeps: those the descriptor lacks. */
  public static List<String> keptFromInference(Stack inferred, Stack described) {
    List<String> out = new ArrayList<>();
    inferred.services().keySet().forEach(name -> {
      if (!described.services().containsKey(name)) {
        out.add(name);
      }
    });
    return List.copyOf(out);
  }
}
