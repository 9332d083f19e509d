"""Kiosk mode (`ipquiz --kiosk`): a full-screen, unattended quiz stand with an admin panel."""
