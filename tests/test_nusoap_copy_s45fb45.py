"""NuSOAP copied into a module's own folder is a copied library (issue 12, s45 fb45).

Real case: DuaelFr/finistere, a département's Drupal 6 site: its custom module sites/all/modules/gnova/flux/ loads the NuSOAP
toolkit it carries in flux/nusoap/lib/ (nusoap.php, class.wsdl.php…, "var $version = '0.7.3'"). NuSOAP was measured as the
site's own code (the worst complexities of maintainability were NuSOAP's) and never listed with its version. Like PHPMailer or
TCPDF copied by hand into a folder of their own name, it is third-party code, listed as nusoap 0.7.3. Near miss: the module's
own soap_sync.inc calling it, beside that folder, stays the site's code."""

from __future__ import annotations

from tests.test_drupal6_packaged_s44fh44 import PHP, audit_of, site

BASE = ("<?php\n\n/*\nSOAP toolkit for PHP\n\nCopyright (c) 2002 Some Vendor\n*/\n\nclass soap_base {\n\tvar $title = 'SOAP';\n"
        "\tvar $version = '0.7.3';\n\tfunction serialize_val($val) {\n\t\tif ($val) { return 1; }\n\t\treturn 0;\n\t}\n}\n")
MODULE = {"sites/all/modules/custom/flux/flux.info": 'name = Flux\ncore = "6.x"\n',
          "sites/all/modules/custom/flux/flux.module": "<?php\nmodule_load_include('php', 'flux', 'nusoap/lib/nusoap');\n",
          "sites/all/modules/custom/flux/soap_sync.inc": PHP.format(n="soap_sync"),
          "sites/all/modules/custom/flux/nusoap/lib/nusoap.php": BASE,
          "sites/all/modules/custom/flux/nusoap/lib/class.wsdl.php": PHP.format(n="wsdl"),
          "sites/all/modules/custom/flux/nusoap/lib/class.soapclient.php": PHP.format(n="soapclient")}


def test_nusoap_in_a_modules_folder_is_a_copied_library_with_its_version(tmp_path):
    report, res = audit_of(tmp_path, site(MODULE), ["reusability.dependencies", "reusability.maintainability"])
    libs = {(lib["name"], lib["version"]) for lib in report["facts"]["inventory"]["libraries"]}
    assert ("nusoap", "0.7.3") in libs, libs
    # cdt_pages.module and the module's own flux.module, soap_sync.inc: not NuSOAP's three files
    assert "in 3 files" in res["reusability.maintainability"]["message"]["en"], res["reusability.maintainability"]["message"]
    assert "nusoap 0.7.3" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
