from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class HtmxHttpRequest(HttpRequest):
    """A request that has passed through ``HtmxMiddleware``: views that read ``htmx`` take this."""

    htmx: bool


class HtmxMiddleware:
    """Sets ``request.htmx`` so views can return a partial for htmx requests."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HtmxHttpRequest) -> HttpResponse:
        request.htmx = request.headers.get("HX-Request") == "true"
        response = self.get_response(request)
        if request.htmx is False and "HX-Request" in request.headers:
            response["Vary"] = "HX-Request"
        return response
