package dev.fenghuang.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultRuleTest {
    @Test
    void aBareNameAppliesEverywhereForEver() {
        FaultRule rule = FaultRule.parse("drip");
        assertThat(rule).isEqualTo(FaultRule.of(Fault.DRIP));
        assertThat(rule.matches("GET", "/forum.php", Map.of())).isTrue();
    }

    @Test
    void aPathWithParametersMatchesOnlyRequestsCarryingThem() {
        FaultRule rule = FaultRule.parse("drip:/portal.php?mod=view");
        assertThat(rule.matches("GET", "/portal.php", Map.of("mod", "view", "aid", "1"))).isTrue();
        assertThat(rule.matches("GET", "/portal.php", Map.of("mod", "list"))).isFalse();
        assertThat(rule.matches("GET", "/home.php", Map.of("mod", "view"))).isFalse();
    }

    @Test
    void aMethodAndACountAreRead() {
        FaultRule rule = FaultRule.parse("stall-after-write:post:/portal.php?mod=portalcp&ac=comment,times=1");
        assertThat(rule.fault()).isEqualTo(Fault.STALL_AFTER_WRITE);
        assertThat(rule.times()).isEqualTo(1);
        assertThat(rule.matches("POST", "/portal.php", Map.of("mod", "portalcp", "ac", "comment"))).isTrue();
        assertThat(rule.matches("GET", "/portal.php", Map.of("mod", "portalcp", "ac", "comment"))).isFalse();
        assertThat(rule).hasToString("stall-after-write:post:/portal.php?mod=portalcp&ac=comment,times=1");
    }

    @Test
    void aliasesNameTheIssuesWords() {
        assertThat(FaultRule.parse("latency").fault()).isEqualTo(Fault.SLOW);
        assertThat(FaultRule.parse("reset-before-read").fault()).isEqualTo(Fault.RESET);
        assertThat(FaultRule.parse("missing-charset").fault()).isEqualTo(Fault.UNDECLARED_CHARSET);
        assertThat(FaultRule.parse("503:get").method()).isEqualTo("GET");
    }

    @Test
    void everyFaultParsesFromItsOwnSpec() {
        for (Fault fault : Fault.values()) {
            assertThat(FaultRule.parse(fault.spec()).fault()).isEqualTo(fault);
        }
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> FaultRule.parse("dripp:/portal.php")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown fault 'dripp'").hasMessageContaining("drip, reset");
        assertThatThrownBy(() -> FaultRule.parse("drip,times=x")).hasMessageContaining("times must be a number");
        assertThatThrownBy(() -> FaultRule.parse("drip,times=-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> FaultRule.parse("drip:put:/x")).hasMessageContaining("GET or POST");
    }
}
