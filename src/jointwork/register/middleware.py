from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class HtmxMiddleware:
    """Sets ``request.htmx`` so views can return a partial for htmx requests."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.htmx = request.headers.get("HX-Request") == "true"
        response = self.get_response(request)
        if request.htmx is False and "HX-Request" in request.headers:
            response["Vary"] = "HX-Request"
        return response
