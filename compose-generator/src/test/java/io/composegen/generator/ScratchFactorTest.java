package io.composegen.generator;

import io.composegen.model.Stack;
import net.jqwik.api.*;

class ScratchFactorTest {
  final RoundTripPropertiesTest t = new RoundTripPropertiesTest();
  @Property(tries = 5000) void a(@ForAll("s") Stack s) { t.baseFileReadsBackAsTheStack(s); }
  @Property(tries = 4000) void b(@ForAll("l") Stack s) { t.renderingTwiceAndRenderingWhatWasReadGiveTheSameBytes(s); }
  @Property(tries = 4000) void c(@ForAll("l") Stack s) { t.baseAndLayerFilesMergeToEachEnvironment(s); }
  @Provide Arbitrary<Stack> s() { return HostileStacks.STACK; }
  @Provide Arbitrary<Stack> l() { return HostileStacks.LAYERED_STACK; }
}
