<#--
  A Mermaid flowchart of one environment; DiagramView hands over ids, labels and line syntax already escaped.
  The reference layout: without a copy in the template folder, composegen prints the same text in Java.
-->
flowchart LR
%% ${diagram.title}
<#list diagram.nodes as node>
    ${node.id}${node.shape}${node.label}${node.shapeEnd}
</#list>
<#list diagram.edges as edge>
    ${edge.from} ${edge.line} ${edge.to}
</#list>
