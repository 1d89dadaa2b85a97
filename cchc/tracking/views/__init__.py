"""Pages of the tracking app. Views read with querysets and change state only through actions."""
