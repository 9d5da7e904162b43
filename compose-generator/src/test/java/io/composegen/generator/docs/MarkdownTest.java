package io.composegen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void fencesCodeSpansLongerThanTheirBacktickRuns() {
    assertThat(Markdown.code("web")).isEqualTo("`web`");
    assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
    assertThat(Markdown.code("``x``")).isEqualTo("``` ``x`` ```");
    assertThat(Markdown.code(" padded ")).isEqualTo("`  padded  `");
    assertThat(Markdown.code("")).isEqualTo("` `");
  }

  @Test
  void putsCodeSpansOnOneLine() {
    assertThat(Markdown.code("a\nb\r\tc")).isEqualTo("`a b  c`");
  }

  @Test
  void escapesInlineMarkupAndGitHubMath() {
    assertThat(Markdown.text("*a* _b_ [c](d) <e> $x$ \\ ~f~ &amp; `g`"))
        .isEqualTo("\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\$x\\$ \\\\ \\~f\\~ \\&amp; \\`g\\`");
  }

  @Test
  void escapesPipesInTableCellsAlsoInsideCodeSpans() {
    assertThat(Markdown.cell(Markdown.code("a|b"))).isEqualTo("`a\\|b`");
  }

  @Test
  void fencesCodeBlocksLongerThanTheirBacktickRuns() {
    assertThat(Markdown.fence("docker compose up")).isEqualTo("```");
    assertThat(Markdown.fence("a ```` b")).isEqualTo("`````");
  }
}
