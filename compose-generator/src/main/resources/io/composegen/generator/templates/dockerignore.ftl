<#--
  The layout of a generated .dockerignore: titled groups of patterns (io.composegen.generator.dockerfile
  .DockerfileView.DockerignoreView), separated by blank lines. The composegen mark goes on line 1.
  The reference layout: without a copy in the template folder, composegen prints the same text in Java.
-->
<#list sections as section>
# ${section.title}
<#list section.entries as entry>
${entry}
</#list>
<#sep>

</#sep>
</#list>
