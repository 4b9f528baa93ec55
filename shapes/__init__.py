"""Data package: the shipped shapes files, read through kg.resources."""
