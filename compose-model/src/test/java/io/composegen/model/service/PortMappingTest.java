package io.composegen.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortMappingTest {

  private static PortRange range(String text) {
    return text == null ? null : PortRange.parse(text);
  }

  static Stream<Arguments> shortSyntax() {
    return Stream.of(
        Arguments.of("3000", null, null, "3000", null),
        Arguments.of("3000-3005", null, null, "3000-3005", null),
        Arguments.of("8000:8000", null, "8000", "8000", null),
        Arguments.of("9090-9091:8080-8081", null, "9090-9091", "8080-8081", null),
        Arguments.of("49100:22", null, "49100", "22", null),
        Arguments.of("8000-9000:80", null, "8000-9000", "80", null),
        Arguments.of("127.0.0.1:8001:8001", "127.0.0.1", "8001", "8001", null),
        Arguments.of("127.0.0.1:5000-5010:5000-5010", "127.0.0.1", "5000-5010", "5000-5010", null),
        Arguments.of("127.0.0.1::5000", "127.0.0.1", null, "5000", null),
        Arguments.of("6060:6060/udp", null, "6060", "6060", "udp"),
        Arguments.of("[::1]:6001:6001", "::1", "6001", "6001", null),
        Arguments.of("::1:6000:6000", "::1", "6000", "6000", null),
        Arguments.of("::1::6000", "::1", null, "6000", null),
        Arguments.of("fe80::1:8080:80", "fe80::1", "8080", "80", null),
        Arguments.of("[2001:db8::1]:443:443/tcp", "2001:db8::1", "443", "443", "tcp"),
        Arguments.of("[::]::53/udp", "::", null, "53", "udp"),
        Arguments.of("0.0.0.0:80:80", "0.0.0.0", "80", "80", null),
        Arguments.of("80/tcp", null, null, "80", "tcp"),
        Arguments.of("5060:5060/sctp", null, "5060", "5060", "sctp"),
        Arguments.of("${HOST_IP}:80:80", "${HOST_IP}", "80", "80", null),
        Arguments.of("${HOST_IP:-127.0.0.1}:80:80", "${HOST_IP:-127.0.0.1}", "80", "80", null),
        Arguments.of("${BIND:-::1}::80", "${BIND:-::1}", null, "80", null),
        Arguments.of("$HOST_IP:80:80", "$HOST_IP", "80", "80", null),
        Arguments.of("[127.0.0.1]:80:80", "127.0.0.1", "80", "80", null),
        Arguments.of("080:0080", null, "80", "80", null));
  }

  @ParameterizedTest
  @MethodSource("shortSyntax")
  void parsesComposeShortSyntax(String text, String hostIp, String published, String target, String protocol) {
    PortMapping port = PortMapping.parse(text);

    assertThat(port).isEqualTo(new PortMapping(hostIp, range(published), range(target), protocol, null, null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "3000", "3000-3005", "8000:8000", "9090-9091:8080-8081", "49100:22", "8000-9000:80", "127.0.0.1:8001:8001",
      "127.0.0.1:5000-5010:5000-5010", "127.0.0.1::5000", "6060:6060/udp", "[::1]:6001:6001", "[::1]::6001",
      "80/tcp", "53:53/udp", "5060:5060/sctp", "[2001:db8::1]:443:443/tcp", "[::ffff:10.0.0.1]:80:80",
      "0.0.0.0:80:80", "${HOST_IP}:80:80", "${HOST_IP:-127.0.0.1}:80:80/udp", "${BIND:-::1}::80", "$HOST_IP:80:80",
      "1:65535", "1-65535"})
  void printsCanonicalShortSyntaxThatParsesBackToTheSameText(String canonical) {
    PortMapping port = PortMapping.parse(canonical);

    assertThat(port.toShortSyntax()).isEqualTo(canonical);
    assertThat(port).hasToString(canonical);
    assertThat(PortMapping.parse(port.toShortSyntax())).isEqualTo(port);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "::1:6000:6000 | [::1]:6000:6000",
      "::1::6000 | [::1]::6000",
      "fe80::1:8080:80/udp | [fe80::1]:8080:80/udp",
      "[127.0.0.1]:80:80 | 127.0.0.1:80:80",
      "080:0080 | 80:80",
      "5000-5000:5000 | 5000:5000"})
  void printsNonCanonicalInputCanonically(String text, String canonical) {
    PortMapping port = PortMapping.parse(text);

    assertThat(port.toShortSyntax()).isEqualTo(canonical);
    assertThat(PortMapping.parse(canonical)).isEqualTo(port);
  }

  @Test
  void keepsAnExplicitTcpProtocolApartFromNone() {
    assertThat(PortMapping.parse("80/tcp").protocol()).isEqualTo("tcp");
    assertThat(PortMapping.parse("80").protocol()).isNull();
    assertThat(PortMapping.parse("80/tcp")).isNotEqualTo(PortMapping.parse("80"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "70000:80 | published port 70000 is out of range 1-65535",
      "0:80 | published port 0 is out of range 1-65535",
      "80:70000 | target port 70000 is out of range 1-65535",
      "80:0 | target port 0 is out of range 1-65535",
      "0 | target port 0 is out of range 1-65535",
      "65536 | target port 65536 is out of range 1-65535",
      "abc | target port \"abc\" is not a number or a range like 8000-8010",
      "80:http | target port \"http\" is not a number or a range like 8000-8010",
      "${PORT}:80 | published port \"${PORT}\" is not a number or a range like 8000-8010 (variables are not "
          + "supported in port numbers)",
      "1.2.3.4:80 | published port \"1.2.3.4\" is not a number or a range like 8000-8010",
      "8010-8000:80 | published port range 8010-8000 ends before it starts",
      "80-79 | target port range 80-79 ends before it starts",
      "80: | target port is empty",
      ":80 | published port is empty",
      ":80:80 | host IP before the first colon is empty; expected [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL], e.g. 8080:80",
      "80/ | protocol after / is empty; expected [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL], e.g. 8080:80",
      "80/xyz | protocol \"xyz\" must be one of tcp, udp, sctp",
      "80/TCP | protocol \"TCP\" must be one of tcp, udp, sctp",
      "80/tcp/udp | protocol \"tcp/udp\" must be one of tcp, udp, sctp",
      "80/udp:80 | published port \"80/udp\" is not a number or a range like 8000-8010",
      "8080:80-81 | published 8080 and target 80-81 must have the same number of ports when target is a range",
      "8000-8002:80-81 | published 8000-8002 and target 80-81 must have the same number of ports when target is a "
          + "range",
      "localhost:80:80 | hostIp \"localhost\" must be an IPv4 or IPv6 address or a ${VAR} expression",
      "256.0.0.1:80:80 | hostIp \"256.0.0.1\" must be an IPv4 or IPv6 address or a ${VAR} expression",
      "1.2.3.4:5:6:7 | hostIp \"1.2.3.4:5\" must be an IPv4 or IPv6 address or a ${VAR} expression",
      "[::1:80:80 | \"[\" around the host IP is not closed",
      "[]:80:80 | host IP \"[]\" must be an IPv4 or IPv6 address, IPv6 optionally in brackets",
      "[foo]:80:80 | hostIp \"foo\" must be an IPv4 or IPv6 address or a ${VAR} expression",
      "' 80' | target port \" 80\" is not a number or a range like 8000-8010"})
  void rejectsInvalidShortSyntaxQuotingTheText(String text, String reason) {
    assertThatThrownBy(() -> PortMapping.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid port \"" + text + "\": " + reason);
  }

  @Test
  void rejectsPublishedPortAbove65535() {
    assertThatThrownBy(() -> PortMapping.parse("70000:80"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid port \"70000:80\": published port 70000 is out of range 1-65535");
  }

  @Test
  void rejectsEmptyText() {
    assertThatThrownBy(() -> PortMapping.parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid port \"\": expected [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL], e.g. 8080:80");
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> PortMapping.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shortSyntax must not be null");
  }

  @Test
  void acceptsAPublishedRangeForASingleTarget() {
    PortMapping port = PortMapping.parse("8000-9000:80");

    assertThat(port.published().size()).isEqualTo(1001);
    assertThat(port.target().isSingle()).isTrue();
  }

  @Test
  void buildsFromFactories() {
    assertThat(PortMapping.of(8080, 80)).isEqualTo(PortMapping.parse("8080:80"));
    assertThat(PortMapping.target(80)).isEqualTo(PortMapping.parse("80"));
    assertThat(PortMapping.target(PortRange.of(3000, 3005))).isEqualTo(PortMapping.parse("3000-3005"));
  }

  @Test
  void rejectsOutOfRangePortsInFactories() {
    assertThatThrownBy(() -> PortMapping.of(70000, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port 70000 is out of range 1-65535");
    assertThatThrownBy(() -> PortMapping.target(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port 0 is out of range 1-65535");
  }

  @Test
  void replacesComponentsWithWithers() {
    PortMapping port = PortMapping.target(80)
        .withPublished(PortRange.of(8080))
        .withHostIp("127.0.0.1")
        .withProtocol("udp");

    assertThat(port.toShortSyntax()).isEqualTo("127.0.0.1:8080:80/udp");
    assertThat(port.withTarget(PortRange.of(81))).hasToString("127.0.0.1:8080:81/udp");
    assertThat(port.withPublished(null)).hasToString("127.0.0.1::80/udp");
    assertThat(port.withHostIp(null).withProtocol(null)).hasToString("8080:80");

    PortMapping longForm = port.withMode("host").withName("web").withAppProtocol("http");

    assertThat(longForm.mode()).isEqualTo("host");
    assertThat(longForm.name()).isEqualTo("web");
    assertThat(longForm.appProtocol()).isEqualTo("http");
    assertThat(longForm.withMode(null).withName(null).withAppProtocol(null)).isEqualTo(port);
  }

  @Test
  void removesBracketsAroundAnIpv6HostAddress() {
    assertThat(PortMapping.of(80, 80).withHostIp("[::1]").hostIp()).isEqualTo("::1");
    assertThat(PortMapping.of(80, 80).withHostIp("[::1]")).isEqualTo(PortMapping.of(80, 80).withHostIp("::1"));
  }

  @Test
  void printsAnIpv6HostInBrackets() {
    assertThat(PortMapping.of(80, 80).withHostIp("2001:db8::1").toShortSyntax()).isEqualTo("[2001:db8::1]:80:80");
    assertThat(PortMapping.target(80).withHostIp("::").toShortSyntax()).isEqualTo("[::]::80");
  }

  @Test
  void rejectsMissingTarget() {
    assertThatThrownBy(() -> new PortMapping(null, null, null, null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("target must not be null");
  }

  @Test
  void rejectsTargetRangeOfAnotherSizeThanPublished() {
    assertThatThrownBy(() -> PortMapping.target(PortRange.of(80, 81)).withPublished(PortRange.of(8080)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("published 8080 and target 80-81 must have the same number of ports when target is a range");
  }

  @Test
  void rejectsUnknownProtocol() {
    assertThatThrownBy(() -> PortMapping.target(80).withProtocol("http"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("protocol \"http\" must be one of tcp, udp, sctp");
  }

  @Test
  void rejectsUnknownMode() {
    assertThatThrownBy(() -> PortMapping.target(80).withMode("bridge"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mode \"bridge\" must be one of host, ingress");
  }

  @Test
  void rejectsEmptyHostIp() {
    assertThatThrownBy(() -> PortMapping.target(80).withHostIp(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hostIp must not be empty; use null to bind all interfaces");
  }

  @Test
  void rejectsHostNamesAsHostIp() {
    assertThatThrownBy(() -> PortMapping.target(80).withHostIp("example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hostIp \"example.com\" must be an IPv4 or IPv6 address or a ${VAR} expression");
  }

  @Test
  void rejectsBlankNameAndAppProtocol() {
    assertThatThrownBy(() -> PortMapping.target(80).withName(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> PortMapping.target(80).withAppProtocol(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appProtocol must not be blank");
  }

  @Test
  void hasShortFormOnlyWithoutModeNameAndAppProtocol() {
    PortMapping port = PortMapping.of(8080, 80);

    assertThat(port.hasShortForm()).isTrue();
    assertThat(port.withProtocol("udp").withHostIp("10.0.0.1").hasShortForm()).isTrue();
    assertThat(port.withMode("host").hasShortForm()).isFalse();
    assertThat(port.withName("web").hasShortForm()).isFalse();
    assertThat(port.withAppProtocol("http").hasShortForm()).isFalse();
  }

  @Test
  void refusesShortSyntaxForLongFormOnlyMappings() {
    PortMapping port = PortMapping.of(8080, 80).withMode("host");

    assertThatThrownBy(port::toShortSyntax)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("port {target: 80, published: 8080, mode: host} sets mode, name or app_protocol, which only "
            + "the long syntax can express");
  }

  @Test
  void printsLongFormMappingsReadably() {
    PortMapping port = new PortMapping("127.0.0.1", PortRange.of(8080), PortRange.of(80), "tcp", "ingress", "web",
        "http");

    assertThat(port).hasToString(
        "{name: web, target: 80, published: 8080, host_ip: 127.0.0.1, protocol: tcp, app_protocol: http, "
            + "mode: ingress}");
    assertThat(PortMapping.target(80).withName("metrics")).hasToString("{name: metrics, target: 80}");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "80 | 0.0.0.0::80/tcp",
      "8080:80 | 0.0.0.0:8080:80/tcp",
      "8080:80/tcp | 0.0.0.0:8080:80/tcp",
      "127.0.0.1:8080:80/udp | 127.0.0.1:8080:80/udp",
      "127.0.0.1::80 | 127.0.0.1::80/tcp",
      "[::1]:80:80 | ::1:80:80/tcp",
      "9090-9091:8080-8081 | 0.0.0.0:9090-9091:8080-8081/tcp",
      "8000-9000:80/sctp | 0.0.0.0:8000-9000:80/sctp",
      "${HOST_IP}:80:80 | ${HOST_IP}:80:80/tcp"})
  void derivesTheKeyComposeUsesToDeduplicatePorts(String text, String key) {
    assertThat(PortMapping.parse(text).mergeKey()).isEqualTo(key);
  }

  @Test
  void givesTheSameMergeKeyToMappingsComposeTreatsAsDuplicates() {
    assertThat(PortMapping.parse("8080:80").mergeKey()).isEqualTo(PortMapping.parse("8080:80/tcp").mergeKey());
    assertThat(PortMapping.parse("8080:80").mergeKey()).isNotEqualTo(PortMapping.parse("8080:80/udp").mergeKey());
    assertThat(PortMapping.parse("8080:80").mergeKey()).isNotEqualTo(PortMapping.parse("8081:80").mergeKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"80", "8080:80/udp", "127.0.0.1::80", "[::1]:80:80", "9090-9091:8080-8081", "${IP}:1:1"})
  void parsesItsOwnMergeKeyBackToTheSameKey(String text) {
    String key = PortMapping.parse(text).mergeKey();

    assertThat(PortMapping.parse(key).mergeKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "127.0.0.1", "255.255.255.255", "10.0.0.1", "192.168.1.254"})
  void acceptsIpv4Addresses(String address) {
    assertThat(PortMapping.isIpv4(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "a.b.c.d", "1..2.3", "1.2.3.", "-1.2.3.4",
      "1.2.3.4 ", "1000.1.1.1"})
  void rejectsMalformedIpv4Addresses(String address) {
    assertThat(PortMapping.isIpv4(address)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"::", "::1", "1::", "fe80::1", "2001:db8::8a2e:370:7334", "2001:0db8:0000:0000:0000:ff00:0042:8329",
      "::ffff:192.0.2.128", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4", "1::8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
      "FE80::ABCD", "64:ff9b::192.0.2.33"})
  void acceptsIpv6Addresses(String address) {
    assertThat(PortMapping.isIpv6(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ":", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7",
      "::1.2.3.4:1", "1.2.3.4::", "fe80::1%eth0", ":1::", "1::2:", "1:2:3:4:5:6:7:8::", "1:2:3:4:5:6:7:1.2.3.4",
      "::256.1.1.1", "[::1]", "127.0.0.1"})
  void rejectsMalformedIpv6Addresses(String address) {
    assertThat(PortMapping.isIpv6(address)).isFalse();
  }
}
