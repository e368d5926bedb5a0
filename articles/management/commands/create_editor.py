import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Create the editor account (a superuser in the Editor group) with a random password, printed once. "
        "If it exists already, leave it alone and say how to reset its password."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor", help="Account name (default: editor).")
        parser.add_argument("--email", default="", help="E-mail address for the account.")
        parser.add_argument(
            "--url",
            default="http://127.0.0.1:8000/admin/",
            help="Where the desk is, for the message (default: the local development server).",
        )

    @transaction.atomic
    def handle(self, *args, username, email, url, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Editor account “{username}” exists already; log in at {url} "
                f"(forgotten password: python manage.py changepassword {username})."
            )
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_superuser(username=username, email=email, password=password)
        user.groups.add(*Group.objects.filter(name="Editor"))
        self.stdout.write(self.style.SUCCESS(f"Created editor account “{username}”."))
        self.stdout.write(
            f"  Log in at {url}\n  username: {username}\n  password: {password}\n"
            "  (shown only this once; change it with python manage.py changepassword)"
        )
