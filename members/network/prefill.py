"""What other forms of the site may fill in for a logged-in member: name, email and member authority."""


def member_details(user):
    """{"name", "email", "member_authority"} of a logged-in member with a profile; {} for anyone else."""
    profile = getattr(user, "network_profile", None) if user.is_authenticated else None
    if profile is None:
        return {}
    return {"name": profile.name, "email": user.email, "member_authority": profile.authority_id}
