"""The Django project that serves CCHC: settings, URLs, WSGI entry point and `cchc` subcommands."""
