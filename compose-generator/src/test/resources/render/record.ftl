${service.name}:${service.port} ${service.name()} [<#list service.tags as tag>${tag}<#sep>, </#list>] ${service.enabled}
