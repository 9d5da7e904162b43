<#list items as item>${item}
</#list>