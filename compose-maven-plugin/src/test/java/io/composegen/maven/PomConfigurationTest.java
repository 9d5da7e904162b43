package io.composegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.Stack;
import io.composegen.model.service.Service;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class PomConfigurationTest {

  private static final Stack EMPTY = Stack.builder(null).build();

  /** Collects what the configuration logs. */
  private static final class Recorded extends SystemStreamLog {
    final List<String> info = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      info.add(content.toString());
    }

    @Override
    public void error(CharSequence content) {
      errors.add(content.toString());
    }
  }

  private static PlexusConfiguration xml(String text) {
    try {
      return new XmlPlexusConfiguration(Xpp3DomBuilder.build(new StringReader(text)));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static PomConfiguration services(String xml) {
    return new PomConfiguration(xml(xml), null, null, null, null, null, null);
  }

  @Test
  void keepsHostileStringsAsWritten() throws MojoFailureException {
    String hostile = "a \"quoted\" #hash: ${VAR} $$ yes on 0123 ü \t 😀 \\ end";
    PomConfiguration configured = services("<services><service><name>web</name><image>nginx:1.27</image>"
        + "<environment><V>" + hostile.replace("&", "&amp;").replace("<", "&lt;") + "</V><N>007</N>"
        + "<B>true</B><EMPTY/></environment></service></services>");

    Stack stack = configured.applyTo(EMPTY, new Recorded());

    Service web = stack.services().get("web");
    assertThat(web.environment()).containsEntry("V", hostile).containsEntry("N", "007").containsEntry("B", "true")
        .containsEntry("EMPTY", null);
  }

  @Test
  void readsListsMappingsAndKeyAttributes() throws MojoFailureException {
    PomConfiguration configured = services("""
        <services>
          <web>
            <image>nginx:1.27</image>
            <ports><port>8080:80</port></ports>
            <command><arg>nginx</arg><arg>-g</arg><arg>daemon off;</arg></command>
            <dns><item>1.1.1.1</item></dns>
            <labels><label key="com.example/team">shop</label></labels>
          </web>
        </services>""");

    Service web = configured.applyTo(EMPTY, new Recorded()).services().get("web");

    assertThat(web.ports()).hasSize(1);
    assertThat(web.command().toString()).contains("daemon off;");
    assertThat(web.dns()).containsExactly("1.1.1.1");
    assertThat(web.labels()).containsEntry("com.example/team", "shop");
  }

  @Test
  void reportsEveryProblemAtItsPomElement() {
    PomConfiguration configured = new PomConfiguration(xml("""
        <services>
          <service><name>web</name><image>nginx:1.27</image><ports><port>99999:80</port></ports></service>
          <service><name>web</name><image>nginx:1.27</image></service>
          <service><name>*</name></service>
        </services>"""), xml("<presets><preset>memcached</preset></presets>"), xml("""
        <layers><layer><production>true</production></layer><dev><services><web><prots/></web></services></dev></layers>
        """), null, null, null, null);
    Recorded log = new Recorded();

    assertThatThrownBy(() -> configured.applyTo(EMPTY, log))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("composegen: 6 problems in the plugin's <configuration> in the pom; fix them and run again");
    assertThat(log.errors).containsExactly(
        "<services><service>[1]<ports><port>[1]: CG703 invalid port \"99999:80\": published port 99999 is out of "
            + "range 1-65535 (write a port as \"[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]\", e.g. \"8080:80\", or as "
            + "a mapping with target)",
        "<services><service>[2]: CG703 service \"web\" is configured twice (keep one <service> per name)",
        "<services><service>[3]: CG703 \"*\" is not a service name (use \"*\" in a layer's services, where it "
            + "patches every service of the environment)",
        "<presets><preset>[1]: CG703 unknown preset \"memcached\": use one of postgres, redis, mysql, mariadb, "
            + "mongo, kafka, rabbitmq, elasticsearch (optionally with :tag) (write one of postgres, redis, mysql, "
            + "mariadb, mongo, kafka, rabbitmq, elasticsearch, optionally with a tag, e.g. redis:7.0)",
        "<layers><layer>[1]: CG704 the layer has no <name> (add the layer's name, e.g. <name>prod</name>)",
        "<layers><dev><services><web><prots>: CG701 unknown key \"prots\" in a service (did you mean \"ports\"?)");
  }
}
