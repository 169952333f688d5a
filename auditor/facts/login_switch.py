"""Whether a framework's login named in the code is switched off where it is named (``auth.framework-accounts``).

A Spring Security login disabled at once signs nobody in (s23 m2, an OPSN's REST service guarded by an IP allow-list:
``.and().httpBasic().disable();``): ``.httpBasic().disable()`` (the call's closing parenthesis, then ``.disable()``, on the same
line or the next), ``.formLogin(AbstractHttpConfigurer::disable)``, ``.httpBasic(basic -> basic.disable())``."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

_DISABLED = lazy_compile(r"""\)[^\S\n]*(?:\r?\n[^\S\n]*)?\.disable\(|[\w.]*::disable[^\S\n]*\)|\w+[^\S\n]*->[^\S\n]*\w+[^\S\n]*\.disable\(""")


def switched_off(m) -> bool:
    """Whether the login a match opens (``.httpBasic(``) is disabled at once, read in the next 80 characters."""
    return bool(m.group(0).endswith("(") and _DISABLED.match(m.string, m.end(), m.end() + 80))
