"""The desk's roles. Reporters write and submit; editors also publish, schedule, retract and verify."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REPORTER_CODENAMES = [
    *(f"{action}_{model}" for action in ("view", "add", "change") for model in ("article", "quote", "person")),
    "view_correction",
]


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    articles_perms = Permission.objects.filter(content_type__app_label="articles")

    reporter, _ = Group.objects.get_or_create(name="Reporter")
    reporter.permissions.set(articles_perms.filter(codename__in=REPORTER_CODENAMES))
    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.set(list(articles_perms))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Reporter", "Editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_editorial_desk"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
