"""Importing seeds: finding and reading seed files, and loading converted records into the database."""
