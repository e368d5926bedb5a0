"""The editorial desk: the Django admin, its forms, workflow buttons, history and changelists."""
