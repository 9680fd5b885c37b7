"""From checked data to the site: pages, structured data, the checker's and programme's files."""
