"""Thin CI wrappers around ``auditor audit``: the GitHub Action entry point and the GitLab CI job.

They hold no audit logic: they turn environment variables into CLI arguments, run the CLI, and
publish what it wrote (job summary, step outputs, a pull request comment, artifacts).
"""
