"""What a forge request's accounting and stop are, apart from :mod:`auditor.forge.http` (which imports
requests): the facts name them in every audit, offline ones too, which never need the HTTP stack."""

from __future__ import annotations

from dataclasses import dataclass, field


class ForgeStopped(Exception):
    """No more requests in this audit: bound reached, rate limited for long, or told to stop."""

    def __init__(self, reason: dict[str, str]) -> None:
        super().__init__(reason["en"])
        self.reason = reason


@dataclass
class RequestState:
    """Per-audit accounting shared by every request to one forge."""

    max_requests: int = 40
    max_wait: float = 10.0
    requests: int = 0  # requests that reached the network
    from_cache: int = 0  # answers served from the cache (fresh, or revalidated by a 304)
    stopped: dict[str, str] | None = None
    rate_remaining: int | None = None
    rate_reset: float | None = None
    waited: float = 0.0
    log: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        return {"requests": self.requests, "from_cache": self.from_cache, "max_requests": self.max_requests,
                "rate_remaining": self.rate_remaining, "waited_s": round(self.waited, 1),
                "stopped": self.stopped}
