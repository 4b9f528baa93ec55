"""Data package: the report's page templates, scripts, style sheet and vendored browser libraries, read through kg.resources."""
