"""Data package: the shipped ontology files, read through kg.resources."""
