"""The project's unmanaged models are read-only database views (see migration 0009): never
migrated, dumped or loaded. dumpdata and loaddata ask the routers which models to include."""


class DatabaseViewsRouter:
    def allow_migrate(self, db, app_label, model_name=None, **hints):
        model = hints.get("model")
        if model is not None and not model._meta.managed:
            return False
        return None
