"""Request guards and headers that belong to the whole site, not to one app."""

import functools
from http import HTTPStatus

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


POLICY_SETTINGS = {
    "CONTENT_SECURITY_POLICY": (HEADER, False),
    "CONTENT_SECURITY_POLICY_REPORT_ONLY": (HEADER_REPORT_ONLY, True),
}


class ContentSecurityPolicyMiddleware:
    """The site's Content-Security-Policy headers, as django-csp's `build_policy` makes them from
    the `CONTENT_SECURITY_POLICY` settings, built once (again when those settings change).

    django-csp's own middleware builds the same header on every response, about a third of a
    do-nothing request's Python calls. The site has one policy for every page: no view sets a
    policy of its own and no page uses a nonce, so nothing per request is needed. A page that
    ever needs either goes back to `csp.middleware.CSPMiddleware` (there is no `request.csp_nonce`
    here, so a template asking for one fails loudly rather than sending a wrong policy). As
    django-csp does, Django's debug pages (404 and 500 with DEBUG on) are left alone, a header a
    view set is kept, and a setting's EXCLUDE_URL_PREFIXES are honoured."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.DEBUG and response.status_code in (HTTPStatus.NOT_FOUND, HTTPStatus.INTERNAL_SERVER_ERROR):
            return response
        for header, policy, excluded in site_policies():
            if policy and header not in response and not request.path_info.startswith(excluded):
                response[header] = policy
        return response


@functools.cache
def site_policies() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(header, value, excluded path prefixes) of the policy and of the report-only policy."""
    policies = []
    for name, (header, report_only) in POLICY_SETTINGS.items():
        excluded = tuple((getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES") or ())
        policies.append((header, build_policy(report_only=report_only), excluded))
    return tuple(policies)


@receiver(setting_changed)
def _policy_settings_changed(setting, **kwargs) -> None:
    if setting in POLICY_SETTINGS:
        site_policies.cache_clear()
