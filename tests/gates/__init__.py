"""Release gates: links, accessibility, privacy, CSP and valid HTML over the whole built site."""
