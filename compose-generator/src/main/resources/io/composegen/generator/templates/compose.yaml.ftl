<#--
  The layout of a generated compose file. It prints the view tree (io.composegen.generator.render.YamlNode)
  that the generator hands over as `root`: every value is already escaped and in order, so this template
  decides only indentation and blank lines. Copy it into your template folder to change the layout.

  This template is the reference layout: without a copy in the template folder, composegen prints the same text in
  Java (io.composegen.generator.render.ComposeYamlPrinter), and tests hold the two equal.

  yaml prints a mapping or sequence one line per entry, each line indented by `indent`, except the first, which
  starts with `first` instead (after "- " of a sequence item, the item's first entry shares that line).
-->
<#macro yaml node indent first>
<#if node.mapping>
<#list node.entries as e>
<#local lead = e?is_first?then(first, indent)>
<#local value = e.value>
<#if value.inline>
${lead}${e.key}: ${value.text}
<#else>
${lead}${e.key}:
<@yaml value indent + "  " indent + "  "/>
</#if>
</#list>
<#else>
<#list node.items as item>
<#local lead = item?is_first?then(first, indent)>
<#if item.inline>
${lead}- ${item.text}
<#else>
<@yaml item indent + "  " lead + "- "/>
</#if>
</#list>
</#if>
</#macro>
<#list root.entries as section>
<#if section.value.inline>
${section.key}: ${section.value.text}
<#elseif section.rawKey == "services">
${section.key}:
<#list section.value.entries as service>
<#-- a service's value is built each time it is read: read it once -->
<#assign serviceValue = service.value>
<#if serviceValue.inline>
  ${service.key}: ${serviceValue.text}
<#else>
  ${service.key}:
<@yaml serviceValue "    " "    "/>
</#if>
<#sep>

</#sep>
</#list>
<#else>
${section.key}:
<@yaml section.value "  " "  "/>
</#if>
<#sep>

</#sep>
</#list>
