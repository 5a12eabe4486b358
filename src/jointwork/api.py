"""The JSON API: one NinjaAPI joining each domain's router. OpenAPI docs at /api/docs."""

from ninja import NinjaAPI

from jointwork.accounts.api import router as accounts_router
from jointwork.ingest.api import router as ingest_router
from jointwork.liaison.api import router as liaison_router
from jointwork.obligations.api import router as obligations_router
from jointwork.register.api import router as register_router
from jointwork.sharing.api import router as sharing_router

api = NinjaAPI(
    title="Jointwork API",
    version="1",
    description="Register of joint working agreements, their duties, sharing decisions and triage.",
    urls_namespace="api",
)
api.add_router("/", register_router)
api.add_router("/accounts/", accounts_router)
api.add_router("/ingest/", ingest_router)
api.add_router("/obligations/", obligations_router)
api.add_router("/sharing/", sharing_router)
api.add_router("/liaison/", liaison_router)
