"""Pictures drawn by code and kept in docs/assets (exercise diagrams, the link-preview picture).

They are sources, not build output: committed so that the build needs no drawing
library, and a test runs each drawer with --check to keep the files in step with it.
"""
