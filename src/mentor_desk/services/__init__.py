"""Use-case services: each public method is one transaction and returns domain records."""
