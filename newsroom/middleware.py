"""Request guards and headers that belong to the whole site, not to one app."""

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
