"""License detection: SPDX texts as package data, full-text matcher, notices and expressions."""
