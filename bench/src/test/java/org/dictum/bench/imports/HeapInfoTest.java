package org.dictum.bench.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapInfoTest {

    @Test
    void g1_heap_line_is_the_heap_in_use_without_metaspace() {
        String output = """
                12345:
                 garbage-first heap   total 1048576K, used 409600K [0x00000000c0000000, 0x0000000100000000)
                  region size 1024K, 120 young (122880K), 3 survivors (3072K)
                 Metaspace       used 150000K, committed 151000K, reserved 1179648K
                  class space    used 20000K, committed 21000K, reserved 1048576K
                """;
        assertThat(HeapInfo.usedBytes(output)).isEqualTo(409600L * 1024);
    }

    @Test
    void serial_generations_are_added_up() {
        String output = """
                 def new generation   total 157248K, used 10000K [0x00000000c0000000, 0x00000000caaa0000, 0x00000000d5550000)
                  eden space 139776K,   7% used [0x00000000c0000000, 0x00000000c09c4000, 0x00000000c8880000)
                 tenured generation   total 349568K, used 200000K [0x00000000d5550000, 0x00000000eaaa0000, 0x0000000100000000)
                 Metaspace       used 5000K, committed 5120K, reserved 1114112K
                """;
        assertThat(HeapInfo.usedBytes(output)).isEqualTo(210000L * 1024);
    }

    @Test
    void output_without_a_heap_line_is_unknown() {
        assertThat(HeapInfo.usedBytes("12345:\ncom.sun.tools.attach.AttachNotSupportedException")).isEqualTo(-1);
    }
}
