<#--
  The layout of a generated compose file. It prints the view tree (io.composegen.generator.render.YamlNode)
  that the generator hands over as `root`: every value is already escaped and in order, so this template
  decides only indentation and blank lines. Copy it into your template folder to change the layout.
-->
<#function yaml node indent>
  <#local lines = []>
  <#if node.mapping>
    <#list node.entries as e>
      <#if e.value.inline>
        <#local lines += [indent + e.key + ": " + e.value.text]>
      <#else>
        <#local lines += [indent + e.key + ":", yaml(e.value, indent + "  ")]>
      </#if>
    </#list>
  <#else>
    <#list node.items as item>
      <#if item.inline>
        <#local lines += [indent + "- " + item.text]>
      <#else>
        <#local lines += [indent + "- " + yaml(item, indent + "  ")?substring(indent?length + 2)]>
      </#if>
    </#list>
  </#if>
  <#return lines?join("\n")>
</#function>
<#list root.entries as section>
<#if section.value.inline>
${section.key}: ${section.value.text}
<#elseif section.rawKey == "services">
${section.key}:
<#list section.value.entries as service>
<#if service.value.inline>
  ${service.key}: ${service.value.text}
<#else>
  ${service.key}:
${yaml(service.value, "    ")}
</#if>
<#sep>

</#sep>
</#list>
<#else>
${section.key}:
${yaml(section.value, "  ")}
</#if>
<#sep>

</#sep>
</#list>
