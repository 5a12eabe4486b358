from ninja import Field, Router, Schema, Status

from jointwork.accounts.auth import signed_in
from jointwork.accounts.selectors import memberships_for
from jointwork.accounts.services import api_token_create

router = Router(tags=["accounts"])


class MembershipOut(Schema):
    organisation: str
    organisation_name: str
    role: str


class MeOut(Schema):
    username: str
    memberships: list[MembershipOut]


class TokenIn(Schema):
    name: str = Field(min_length=1, max_length=100)


class TokenOut(Schema):
    name: str
    key: str


@router.get("/me", response=MeOut, auth=signed_in, summary="The signed-in user and their roles")
def me(request):
    return {
        "username": request.user.get_username(),
        "memberships": [
            {
                "organisation": m.organisation.slug,
                "organisation_name": m.organisation.name,
                "role": m.role,
            }
            for m in memberships_for(request.user)
        ],
    }


@router.post(
    "/tokens",
    response={201: TokenOut},
    auth=signed_in,
    summary="Create a bearer token for yourself (the key is returned once, never stored)",
)
def token_create(request, payload: TokenIn):
    _, key = api_token_create(actor=request.auth, user=request.auth, name=payload.name)
    return Status(201, {"name": payload.name, "key": key})
