<#--
  The layout of a generated Dockerfile. It prints the view (io.composegen.generator.dockerfile.DockerfileView)
  handed over as the root: every value is already escaped and split into lines, so this template decides only
  the continuation (" \" and four spaces) and the blank lines between stages. The first line must stay the
  syntax directive: the composegen mark goes on line 2.

  This template is the reference layout: without a copy in the template folder, composegen prints the same text in
  Java (io.composegen.generator.dockerfile.DockerfilePrinter), and tests hold the two equal.
-->
# syntax=docker/dockerfile:1
<#list stages as stage>

FROM ${stage.from}
<#list stage.instructions as instruction>
${instruction.keyword} ${instruction.lines?join(" \\\n    ")}
</#list>
</#list>
