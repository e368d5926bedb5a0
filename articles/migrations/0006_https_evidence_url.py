import articles.domain.models
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_versioned_people_and_corrections"),
    ]

    operations = [
        migrations.AlterField(
            model_name="quote",
            name="evidence_url",
            field=articles.domain.models.HttpsURLField(blank=True, help_text="A recording, transcript or statement."),
        ),
    ]
