<#--
  A Graphviz digraph of one environment; DiagramView hands over ids, labels and attributes already escaped.
  The reference layout: without a copy in the template folder, composegen prints the same text in Java.
-->
digraph ${diagram.title} {
    graph [rankdir=LR, fontname="Helvetica"];
    node [fontname="Helvetica", fontsize=11];
    edge [fontname="Helvetica", fontsize=10];
<#list diagram.nodes as node>
    ${node.id} [${node.shape}, label=${node.label}];
</#list>
<#list diagram.edges as edge>
    ${edge.from} -> ${edge.to}${edge.line};
</#list>
}
