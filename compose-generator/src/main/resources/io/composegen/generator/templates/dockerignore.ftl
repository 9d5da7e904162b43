<#--
  The layout of a generated .dockerignore: titled groups of patterns (io.composegen.generator.dockerfile
  .DockerfileView.DockerignoreView), separated by blank lines. The composegen mark goes on line 1.
-->
<#list sections as section>
# ${section.title}
<#list section.entries as entry>
${entry}
</#list>
<#sep>

</#sep>
</#list>
