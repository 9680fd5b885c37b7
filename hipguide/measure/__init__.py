"""Measuring a built site: served over HTTP, its links, its search, its page states."""
