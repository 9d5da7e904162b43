first
<#include "broken-part.ftl">
