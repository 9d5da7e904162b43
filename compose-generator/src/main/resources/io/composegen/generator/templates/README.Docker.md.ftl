<#--
  The layout of README.Docker.md. ReadmeView hands over Markdown that is already escaped, in order; this template
  decides only headings, order and wording around it. Copy it into your template folder to change the layout.
  The reference layout: without a copy in the template folder, composegen prints the same text in Java.
-->
# ${readme.title}

This folder holds the Docker Compose files of the stack. composegen generated them from the project's model:
change the model and generate again rather than editing them, since composegen refuses to overwrite a file
edited by hand.

## Files

<#list readme.files as file>
- ${file}
</#list>

## Services

| Service | Image | Ports (host:container) | Depends on | Environments |
| --- | --- | --- | --- | --- |
<#list readme.services as s>
| ${s.name} | ${s.image} | ${s.ports} | ${s.dependsOn} | ${s.environments} |
</#list>

## Environments
<#list readme.environments as env>

### ${env.heading}

${env.description}

${env.fence}sh
${env.commands}
${env.fence}
<#if env.profiles?has_content>

Services with a profile start only when it is named:

<#list env.profiles as profile>
- ${profile}
</#list>
</#if>
</#list>

## Variables

<#if readme.envExample>
`.env.example` lists every variable the compose files read. Copy it to `.env` beside the compose files and set
the values there; Docker Compose reads `.env` by itself.
<#if readme.variables?has_content>

| Variable | Default | Notes |
| --- | --- | --- |
<#list readme.variables as v>
| ${v.name} | ${v.defaultValue} | ${v.notes} |
</#list>
</#if>
<#else>
The compose files read no variables from the environment.
</#if>

## Keep secrets out of version control

Never commit `.env` or the files that hold secrets: they are where the real values live. Add them to
`.gitignore`:

${readme.ignoredFence}gitignore
<#list readme.ignored as line>
${line}
</#list>
${readme.ignoredFence}

## Diagram

Services are boxes, networks hexagons, volumes cylinders and published host ports rounded ends. Solid arrows are
`depends_on` with the condition waited for, dotted lines network membership, plain lines volume mounts with their
path in the container, and dotted arrows published ports with the container port they lead to.
<#list readme.diagrams as diagram>
<#if diagram.heading?has_content>

### ${diagram.heading}
</#if>

<#if diagram.omitted?has_content>
${diagram.omitted}
<#else>
```mermaid
${diagram.mermaid}```
</#if>
</#list>
