"""Changes to the built HTML: the Content-Security-Policy and fixes to Material's markup."""
