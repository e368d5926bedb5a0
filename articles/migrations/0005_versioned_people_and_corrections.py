from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_editorial_groups"),
    ]

    operations = [
        migrations.AddField(
            model_name="correction",
            name="version",
            field=models.PositiveIntegerField(
                default=1, editable=False, help_text="Bumped by every save; a save from an older version is refused."
            ),
        ),
        migrations.AddField(
            model_name="person",
            name="version",
            field=models.PositiveIntegerField(
                default=1, editable=False, help_text="Bumped by every save; a save from an older version is refused."
            ),
        ),
    ]
