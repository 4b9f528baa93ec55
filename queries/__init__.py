"""Data package: the shipped queries files, read through kg.resources."""
