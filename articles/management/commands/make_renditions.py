from django.core.management.base import BaseCommand

from articles.domain import images
from articles.domain.models import Image


class Command(BaseCommand):
    help = (
        "Make the renditions of library images that have none (images loaded from a fixture or a "
        "backup, or stored before renditions existed). Uploads through the desk get theirs at once; "
        "running this again makes nothing twice."
    )

    def handle(self, *args, verbosity, **options):
        made = skipped = 0
        for image in Image.objects.filter(renditions__isnull=True).order_by("pk").iterator(chunk_size=100):
            try:
                renditions = images.ensure_renditions(image)
            except (OSError, ValueError) as error:  # a file missing from storage, or unreadable
                skipped += 1
                self.stderr.write(f"Image {image.pk} ({image.file.name}): {error}")
                continue
            made += 1
            if verbosity > 1:
                self.stdout.write(f"Image {image.pk}: {len(renditions)} renditions")
        self.stdout.write(self.style.SUCCESS(f"Renditions made for {made} image(s); {skipped} could not be read."))
