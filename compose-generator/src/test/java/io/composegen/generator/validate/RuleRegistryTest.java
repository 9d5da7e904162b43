package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule list: stable, grouped codes with the texts the documentation needs. */
class RuleRegistryTest {

  @Test
  void listsRulesInCodeOrderWithUniqueCodes() {
    List<String> codes = RuleRegistry.all().stream().map(Rule::code).toList();

    assertThat(codes).isSorted().doesNotHaveDuplicates();
    assertThat(RuleRegistry.byCode("CG120")).isSameAs(RuleRegistry.PORT_COLLISION);
    assertThat(RuleRegistry.byCode("CG999")).isNull();
  }

  @Test
  void listsEveryRuleItDeclares() throws IllegalAccessException {
    List<Rule> declared = new ArrayList<>();
    for (Field field : RuleRegistry.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Rule.class) {
        declared.add((Rule) field.get(null));
      }
    }

    assertThat(declared).isNotEmpty();
    assertThat(RuleRegistry.all()).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void groupsCodesByConcern() {
    for (Rule rule : RuleRegistry.all()) {
      int group = Integer.parseInt(rule.code().substring(2, 3));
      assertThat(group).as(rule.code()).isIn(1, 2, 3, 4, 5, 6);
      assertThat(rule.isFileRule()).as(rule.code()).isEqualTo(group == 6);
      assertThat(rule.isDockerfileRule()).as(rule.code()).isEqualTo(group == 3);
      if (group == 3) {
        assertThat(rule.productionOnly()).as(rule.code()).isFalse();
      }
      if (group == 4) {
        assertThat(rule.productionOnly()).as(rule.code()).isTrue();
      }
      if (group == 5) {
        assertThat(rule.productionOnly()).as(rule.code()).isTrue();
        assertThat(rule.severity()).as(rule.code()).isEqualTo(Severity.INFO);
      }
      if (group == 1) {
        assertThat(rule.severity()).as(rule.code())
            .isEqualTo(rule == RuleRegistry.ENTRYPOINT_CLEARS_COMMAND ? Severity.WARNING : Severity.ERROR);
      }
    }
  }

  @Test
  void givesEveryRuleAnExampleAndAFix() {
    assertThat(RuleRegistry.all()).allSatisfy(rule -> {
      assertThat(rule.example()).contains(rule.isDockerfileRule() ? "FROM " : "services:").doesNotEndWith("\n");
      assertThat(rule.fix()).endsWith(".");
      assertThat(rule.description()).endsWith(".");
      assertThat(rule.title()).doesNotEndWith(".");
    });
  }

  @Test
  void listsTheDockerfileRulesWithTheAnalogousHadolintRule() {
    List<String> dockerfileCodes = RuleRegistry.all().stream().filter(Rule::isDockerfileRule).map(Rule::code)
        .toList();

    assertThat(dockerfileCodes).containsExactly("CG301", "CG302", "CG303", "CG304", "CG305", "CG306", "CG307",
        "CG308", "CG309", "CG310", "CG311", "CG312", "CG313");
    assertThat(RuleRegistry.byCode("CG306").seeAlso()).isEqualTo("hadolint DL3014");
    assertThat(RuleRegistry.byCode("CG310").seeAlso()).isNull();
    assertThat(RuleRegistry.byCode("CG120").seeAlso()).isNull();
  }

  @Test
  void rejectsMalformedCodesAndBlankTexts() {
    assertThatThrownBy(() -> new Rule("X1", Severity.ERROR, false, "t", "m", "d", "e", "f"))
        .hasMessage("rule code \"X1\" must be CG and three digits");
    assertThatThrownBy(() -> new Rule("CG100", Severity.ERROR, false, "t", "m", " ", "e", "f"))
        .hasMessage("rule CG100: description must not be blank");
    assertThatThrownBy(() -> new Rule("CG300", Severity.ERROR, false, "t", "m", "d", "e", "f", ""))
        .hasMessage("rule CG300: seeAlso must not be blank");
  }
}
