"""``/api/v1/figures/``: the programme's figures as JSON (catalogue.figures counts them)."""

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from catalogue.figures import programme_figures

from .params import InvalidParameter, parse_locale


@require_GET
def figures_api(request: HttpRequest) -> JsonResponse:
    """``?locale=vi|en``: the figures are the same in every language (slugs and values as keys;
    Vietnamese products, each once); the locale is checked and echoed in ``Content-Language``."""
    try:
        locale = parse_locale(request.GET)
    except InvalidParameter as exc:
        return JsonResponse({"error": {"parameter": exc.parameter, "message": str(exc.message)}}, status=400)
    response = JsonResponse(programme_figures().as_json(), json_dumps_params={"ensure_ascii": False})
    response["Content-Language"] = locale.language_code
    response["Cache-Control"] = "public, max-age=300"
    return response
