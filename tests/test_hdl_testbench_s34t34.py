"""Issue 12, session 34 fixer t34 (reader r14a: ANSSI-FR/IPECC): an elliptic-curve IP core written in VHDL (51 .vhd files under
hdl/) with its simulation testbench sim/ecc_tb.vhd, its package ecc_tb_pkg.vhd and test vectors, had facts.files.tests false and
languages {C, Python}: VHDL was no language of the inventory and a testbench's name (ecc_tb.vhd, tb_fifo.sv) no test name.
A VHDL source whose name merely holds "tb" (ecc_tbl.vhd, a table) stays source."""

from __future__ import annotations

from auditor.facts.inventory import classify
from tests.gitrepo import make_repo
from tests.test_project_kind import run

ENTITY = ("library ieee;\nuse ieee.std_logic_1164.all;\n\nentity {n} is\n  port (clk : in std_logic; q : out std_logic);\nend entity;\n\n"
          "architecture rtl of {n} is\nbegin\n  process (clk) begin\n    if rising_edge(clk) then q <= '1'; end if;\n  end process;\nend architecture;\n")
TB = ("library ieee;\nuse ieee.std_logic_1164.all;\nuse work.ecc_tb_pkg.all;\n\nentity ecc_tb is\nend entity;\n\narchitecture sim of ecc_tb is\n"
      "  signal clk : std_logic := '0';\nbegin\n  clk <= not clk after 5 ns;\n  uut: entity work.ecc port map (clk => clk, q => open);\n"
      "  process begin\n    wait for 100 ns;\n    assert false report \"end of simulation\" severity failure;\n  end process;\nend architecture;\n")
README = "# IPECC\n\nAn IP core for elliptic curve cryptography, in VHDL, with its driver.\n\nThe sim/ folder contains basic tests of the IP.\n"


def ip_core(hdl_names, sim):
    files = {"README.md": README, "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n",
             "driver/hw_accelerator_driver.c": "int hw_driver_init(void) { return 0; }\n"}
    files.update({f"hdl/common/{n}.vhd": ENTITY.format(n=n) for n in hdl_names})
    files.update(sim)
    return files


def audit_of(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-03-04T10:00:00+00:00"},
                                      {"files": {"hdl/common/ecc.vhd": ENTITY.format(n="ecc") + "-- fix\n"}, "date": "2025-06-02T10:00:00+00:00"}])
    return run(repo, tmp_path / "c")["facts"]


def test_a_vhdl_testbench_is_the_ip_cores_test(tmp_path):
    facts = audit_of(tmp_path, ip_core(["ecc", "ecc_fp", "ecc_scalar", "ecc_curve"],
                                       {"sim/ecc_tb.vhd": TB, "sim/ecc_tb_pkg.vhd": "package ecc_tb_pkg is\nend package;\n",
                                        "sim/std-curves-test-vectors.txt": "curve 1\n"}))
    assert facts["files"]["tests"] is True
    assert facts["languages"].get("VHDL", 0) >= 4


def test_a_vhdl_source_named_with_tb_inside_a_word_stays_source(tmp_path):
    facts = audit_of(tmp_path, ip_core(["ecc", "ecc_tbl", "tbl_ctrl"], {"sim/run.tcl": "run 100 ns\n"}))
    assert facts["files"]["tests"] is False
    assert classify("hdl/common/ecc_tbl.vhd") == ("source", "VHDL")


def test_testbench_names():
    for path in ("sim/ecc_tb.vhd", "sim/ecc_tb_pkg.vhd", "tb/tb_fifo.sv", "sim/uart_testbench.vhdl"):
        assert classify(path)[0] == "test", path
    for path in ("hdl/ecc.vhd", "rtl/top.sv", "rtl/tbl_ctrl.sv"):
        assert classify(path)[0] == "source", path
