"""Request guards and headers that belong to the whole site, not to one app."""

from csp.constants import HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.http import HttpResponseBadRequest


class RejectNulBytesMiddleware:
    """A NUL byte in the path or a parameter is never legitimate, and PostgreSQL rejects it
    mid-query: answer 400 here rather than 500 later."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or self._has_nul(request.GET) or (
            request.method == "POST" and self._has_nul(request.POST)
        ):
            return HttpResponseBadRequest("Request parameters may not contain NUL bytes.", content_type="text/plain")
        return self.get_response(request)

    @staticmethod
    def _has_nul(params) -> bool:
        return any("\x00" in key or any("\x00" in value for value in values) for key, values in params.lists())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the site's policy header built once instead of per response.

    django-csp rebuilds the header for every response, so that a view can change the policy
    (@csp_update, @csp_replace, @csp_exempt…) or ask for a nonce. A response that does none of
    that gets the header built from settings, kept per settings object; everything else (and
    any report-only policy, URL exclusion or debug page) goes through django-csp unchanged.
    """

    _built_from = None
    _site_policy = ""
    _PER_RESPONSE = tuple(
        f"_csp_{name}{suffix}" for name in ("config", "update", "replace", "exempt") for suffix in ("", "_ro")
    )

    def process_response(self, request, response):
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", None)
        if (
            not policy
            or policy.get("EXCLUDE_URL_PREFIXES")
            or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or settings.DEBUG
            or getattr(request, "_csp_nonce", None) is not None
            or HEADER in response
            or any(hasattr(response, name) for name in self._PER_RESPONSE)
        ):
            return super().process_response(request, response)
        if self._built_from is not policy:  # built again when the settings change (tests override them)
            self._built_from, self._site_policy = policy, build_policy()
        response[HEADER] = self._site_policy
        # As django-csp does: a nonce asked for after the header is written is an error, not a gap.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
