"""Request guards and headers that belong to the whole site, not to one app."""

import functools
from http import HTTPStatus

import csp.middleware
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponseBadRequest


class RejectNulBytesMiddleware:
    """A NUL byte in the path or a parameter is never legitimate, and PostgreSQL rejects it
    mid-query: answer 400 here rather than 500 later."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            "\x00" in request.path
            or self._has_nul(request.GET)
            or (request.method == "POST" and self._has_nul(request.POST))
        ):
            return HttpResponseBadRequest("Request parameters may not contain NUL bytes.", content_type="text/plain")
        return self.get_response(request)

    @staticmethod
    def _has_nul(params) -> bool:
        return any("\x00" in key or any("\x00" in value for value in values) for key, values in params.lists())


# django-csp's per-response settings (its decorators set them), ordinary and report-only.
OWN_POLICY_ATTRIBUTES = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)
POLICY_SETTINGS = ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY")


class CSPMiddleware(csp.middleware.CSPMiddleware):
    """django-csp's middleware (subclassed as its docs invite), with the site's policy built once.

    django-csp builds the header from the settings on every response (about a third of a
    do-nothing request's Python calls). A response without a policy of its own (no django-csp
    decorator) to a request that used no nonce gets the same headers from the strings
    `build_policy` made for the settings, built again only when those settings change; any
    other response goes through django-csp's own process_response."""

    def process_response(self, request, response):
        if getattr(request, "_csp_nonce", None) is not None or any(
            getattr(response, name, None) is not None for name in OWN_POLICY_ATTRIBUTES
        ):
            return super().process_response(request, response)
        if response.status_code in (HTTPStatus.INTERNAL_SERVER_ERROR, HTTPStatus.NOT_FOUND) and settings.DEBUG:
            return response  # django-csp leaves the debug pages alone
        for (policy, excluded), header, exempt in zip(
            site_policies(), (HEADER, HEADER_REPORT_ONLY), ("_csp_exempt", "_csp_exempt_ro"), strict=True
        ):
            if (
                policy
                and header not in response
                and getattr(response, exempt, False) is False
                and not request.path_info.startswith(excluded)
            ):
                response[header] = policy
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = csp.middleware.CheckableLazyObject(self._csp_nonce_post_response)
        return response


@functools.cache
def site_policies() -> tuple[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]]:
    """(header value, excluded path prefixes) of the policy and of the report-only policy, as
    django-csp builds them from the settings."""
    policies = []
    for name, report_only in zip(POLICY_SETTINGS, (False, True), strict=True):
        excluded = tuple((getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES", None) or ())
        policies.append((build_policy(report_only=report_only), excluded))
    return tuple(policies)


@receiver(setting_changed)
def _policy_settings_changed(setting, **kwargs) -> None:
    if setting in POLICY_SETTINGS:
        site_policies.cache_clear()
