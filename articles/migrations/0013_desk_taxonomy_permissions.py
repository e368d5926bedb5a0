"""The desk's roles for bylines, sections and tags.

Reporters see authors, sections and tags, put them on the articles they may change (the byline
rows included) and create tags by typing them; renaming or re-slugging an author, a section or a
tag (what readers see) is the editors' act. Editors get every permission on the new models.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ("author", "byline", "section", "tag")
REPORTER_CODENAMES = [
    "view_author",
    "view_section",
    "view_tag",
    "add_tag",
    *(f"{action}_byline" for action in ("view", "add", "change", "delete")),
]
EDITOR_CODENAMES = [f"{action}_{model}" for action in ("view", "add", "change", "delete") for model in MODELS]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label="articles")
    for name, codenames in (("Reporter", REPORTER_CODENAMES), ("Editor", EDITOR_CODENAMES)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*perms.filter(codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label="articles", codename__in=EDITOR_CODENAMES)
    for group in Group.objects.filter(name__in=["Reporter", "Editor"]):
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0012_bylines_sections_tags_images"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
