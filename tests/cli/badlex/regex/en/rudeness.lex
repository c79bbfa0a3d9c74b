ok
/(unclosed/
