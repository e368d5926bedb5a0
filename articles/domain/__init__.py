"""The domain: models and their querysets (the publish rule), and the services that own writes
spanning several models (workflow, restores, corrections). Imports neither the site nor the desk."""
