line 1
<#if>
