"""Data package: the shipped lexicons files, read through kg.resources."""
