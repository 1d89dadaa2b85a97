"""Registry data files of the field parsers (JSON), loaded with importlib.resources."""
