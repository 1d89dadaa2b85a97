"""Pages of the reporting regime, one module per page group; every change goes through `cchc.reporting.actions`."""
