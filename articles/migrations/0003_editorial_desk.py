import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_search_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="article",
            options={
                "get_latest_by": "published_at",
                "ordering": ["-published_at", "-id"],
                "permissions": [
                    ("publish_article", "Can publish, schedule and unpublish articles"),
                    ("retract_article", "Can retract published articles"),
                ],
            },
        ),
        migrations.AlterModelOptions(
            name="quote",
            options={
                "ordering": ["article", "position"],
                "permissions": [("verify_quote", "Can verify, dispute and reject quotes")],
            },
        ),
        migrations.AddField(
            model_name="article",
            name="preview_key",
            field=models.CharField(
                blank=True,
                default="",
                editable=False,
                help_text="Part of every shareable preview link (set when the first is made); changing it revokes them all.",
                max_length=64,
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="version",
            field=models.PositiveIntegerField(
                default=1, editable=False, help_text="Bumped by every save; a save from an older version is refused."
            ),
        ),
        migrations.AddField(
            model_name="quote",
            name="evidence_url",
            field=models.URLField(blank=True, help_text="A recording, transcript or statement."),
        ),
        migrations.AddField(
            model_name="quote",
            name="verification_note",
            field=models.TextField(blank=True, help_text="What was checked, or why it is disputed."),
        ),
        migrations.AddField(
            model_name="quote",
            name="verification_status",
            field=models.CharField(
                choices=[
                    ("extracted", "Extracted (not yet checked)"),
                    ("verified", "Verified"),
                    ("disputed", "Disputed"),
                    ("rejected", "Rejected"),
                ],
                db_index=True,
                default="extracted",
                help_text="Checked against the source? A rejected quote never appears publicly.",
                max_length=16,
            ),
        ),
        migrations.AddField(
            model_name="quote",
            name="verified_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="quote",
            name="verified_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="quote",
            name="version",
            field=models.PositiveIntegerField(
                default=1, editable=False, help_text="Bumped by every save; a save from an older version is refused."
            ),
        ),
        migrations.CreateModel(
            name="Correction",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "kind",
                    models.CharField(
                        choices=[("correction", "Correction"), ("update", "Update")],
                        default="correction",
                        max_length=16,
                    ),
                ),
                ("text", models.TextField(help_text="Shown to readers under the article, dated.")),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="corrections", to="articles.article"
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at", "-id"],
            },
        ),
    ]
