"""Imports: a checksum of each imported article's whole editorial state, and seeds named by path.

`Article.import_state` lets an import tell an untouched article from one the desk changed in any
way (status, quotes, their checks, people, corrections), not only in its text.

`Article.source` was the seed's bare file name, so two seeds called `a.txt` in different folders
were one article. It is now the path relative to the project (`seeds/a.txt`). Existing bare
names were all imported from `seeds/`, so they become `seeds/<name>` and re-imports keep matching
them. A bare name whose new form is already taken, or would not fit the column, is left as it is.
"""

from django.db import migrations, models
from django.db.models import Exists, OuterRef, Value
from django.db.models.functions import Concat, Length, Substr

PREFIX = "seeds/"
MAX_SOURCE_LENGTH = 255


def seed_paths_forward(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    bare = Article.objects.exclude(source="").exclude(source__contains="/")
    taken = Article.objects.filter(source=Concat(Value(PREFIX), OuterRef("source")))
    (
        bare.annotate(length=Length("source"))
        .filter(length__lte=MAX_SOURCE_LENGTH - len(PREFIX))
        .exclude(Exists(taken))
        .update(source=Concat(Value(PREFIX), "source"))
    )


def seed_paths_backward(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    prefixed = Article.objects.filter(source__startswith=PREFIX).annotate(name=Substr("source", len(PREFIX) + 1))
    taken = Article.objects.filter(source=OuterRef("name"))
    prefixed.exclude(name__contains="/").exclude(Exists(taken)).update(source=Substr("source", len(PREFIX) + 1))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0010_retractions_corrections_presence_autosave"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="import_state",
            field=models.CharField(
                blank=True,
                default="",
                editable=False,
                help_text=(
                    "Checksum of the article's whole editorial state as its last import left it (fields, "
                    "status, quotes and their checks, people, corrections); any difference means the desk "
                    "changed it."
                ),
                max_length=64,
            ),
        ),
        migrations.RunPython(seed_paths_forward, seed_paths_backward, elidable=True),
    ]
