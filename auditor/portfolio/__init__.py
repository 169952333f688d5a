"""Portfolio audits: a list of projects (:mod:`.entries`), the pure per-project audit a worker runs
(:mod:`.project`), the runner that drives any :class:`concurrent.futures.Executor` and writes the
jury's folder (:mod:`.runner`), and its progress display (:mod:`.progress`). Spreadsheet and
dashboard renderers live with the other renderers (``auditor.reports``)."""

from auditor.portfolio.entries import PortfolioError, Project, load_portfolio
from auditor.portfolio.progress import Progress
from auditor.portfolio.project import ProjectOptions, audit_project, with_token
from auditor.portfolio.runner import Batch, BatchOptions, Outcome, run_batch

__all__ = ["Batch", "BatchOptions", "Outcome", "PortfolioError", "Progress", "Project", "ProjectOptions", "audit_project",
           "load_portfolio", "run_batch", "with_token"]
