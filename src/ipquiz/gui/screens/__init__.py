"""One widget per screen."""
