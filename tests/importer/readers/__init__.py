"""Tests of the importer readers, on documents built at test time."""
