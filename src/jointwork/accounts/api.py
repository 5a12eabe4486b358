from ninja import Router, Schema

from jointwork.accounts.auth import signed_in
from jointwork.accounts.selectors import memberships_for

router = Router(tags=["accounts"])


class MembershipOut(Schema):
    organisation: str
    organisation_name: str
    role: str


class MeOut(Schema):
    username: str
    memberships: list[MembershipOut]


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
